import CounterpartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Conversions of attribute values (NUL-terminated UTF-8 owned by libxml2) into domain
/// values, without building intermediate strings where it matters for large files.
enum AttributeText {
    /// Whether the NUL-terminated `name` is exactly `literal`.
    static func matches(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        return memcmp(name, literal.utf8Start, count) == 0 && name[count] == 0
    }

    /// The value as a string.
    static func string(_ value: UnsafePointer<UInt8>) -> String {
        String(cString: value)
    }

    /// The value's bytes, without the terminating NUL.
    static func bytes(_ value: UnsafePointer<UInt8>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: value, count: strlen(value))
    }

    /// A local government code, check digit included.
    static func code(_ value: UnsafePointer<UInt8>) -> Result<LocalGovernmentCode, LocalGovernmentCode.ParseError> {
        LocalGovernmentCode.parse(bytes(value))
    }

    /// A `YYYY-MM-DD` day.
    static func day(_ value: UnsafePointer<UInt8>) -> Result<CalendarDay, CalendarDay.ParseError> {
        CalendarDay.parse(bytes(value))
    }

    /// A whole number as XML Schema writes one: optional white space around, optional sign.
    static func integer(_ value: UnsafePointer<UInt8>) -> Int? {
        let text = string(value).trimmingXMLWhitespace()
        if text.hasPrefix("+") { return Int(text.dropFirst()) }
        return Int(text)
    }

    /// A decimal number (`xs:decimal`): optional sign, digits, optional fraction.
    static func decimal(_ value: UnsafePointer<UInt8>) -> Double? {
        let text = string(value).trimmingXMLWhitespace()
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 43 || $0 == 45 }) else {
            return nil
        }
        return Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
    }

    /// Calls `body` with the bytes of each token of a white-space separated list.
    static func forEachToken(_ value: UnsafePointer<UInt8>, _ body: (UnsafeRawBufferPointer) -> Void) {
        forEachToken(in: bytes(value), body)
    }

    /// Calls `body` with the bytes of each token of a white-space separated list.
    static func forEachToken(in value: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) {
        var start = 0
        for index in 0...value.count {
            let isEnd = index == value.count
            if isEnd || value[index] == 0x20 || value[index] == 0x09 || value[index] == 0x0A || value[index] == 0x0D {
                if index > start { body(UnsafeRawBufferPointer(rebasing: value[start..<index])) }
                start = index + 1
            }
        }
    }

    private static let categoryTokens: [(JobCategory, [UInt8])] = JobCategory.allCases.map {
        ($0, Array($0.rawValue.utf8))
    }

    /// The job category whose token is exactly `bytes`.
    static func category(_ bytes: UnsafeRawBufferPointer) -> JobCategory? {
        for (category, token) in categoryTokens where token.count == bytes.count {
            if token.withUnsafeBytes({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return category
            }
        }
        return nil
    }
}

extension String {
    /// The string without XML white space (space, tab, CR, LF) at either end.
    func trimmingXMLWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        var text = Substring(self)
        while let first = text.first, isSpace(first) { text.removeFirst() }
        while let last = text.last, isSpace(last) { text.removeLast() }
        return String(text)
    }
}

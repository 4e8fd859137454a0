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

    /// The tokens of a white-space separated list.
    static func tokens(_ value: UnsafePointer<UInt8>) -> [Substring] {
        string(value).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
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

import CounterpartCore

/// The stored text of codes, days, skills and availability, written straight into bytes
/// and read back from them.
enum RowText {
    /// Why a stored text does not read back: the file was changed by something else.
    struct Unreadable: Error, CustomStringConvertible {
        var text: String
        var description: String { "the stored text '\(text)' is not what Counterpart writes" }
    }

    private static let categoryTokens: [(JobCategory, [UInt8])] = JobCategory.allCases.map {
        ($0, Array($0.rawValue.utf8))
    }

    /// The skills of a stored `shelter general` (unknown tokens are passed over).
    static func skills(_ text: String) -> JobCategorySet {
        var skills = JobCategorySet()
        var text = text
        text.withUTF8 { bytes in
            for token in bytes.split(separator: 0x20) {
                if let found = categoryTokens.first(where: { $0.1.elementsEqual(token) }) { skills.insert(found.0) }
            }
        }
        return skills
    }

    /// The ranges of a stored `2026-04-01..2026-09-30 2026-12-01..2027-03-31`.
    static func ranges(_ text: String) throws -> [DayRange] {
        var text = text
        return try text.withUTF8 { bytes in
            try bytes.split(separator: 0x20).map { token in
                guard token.count == 22, token[token.startIndex + 10] == 0x2E, token[token.startIndex + 11] == 0x2E,
                    case .success(let from) = CalendarDay.parse(
                        UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: token.prefix(10)))),
                    case .success(let to) = CalendarDay.parse(
                        UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: token.suffix(10))))
                else {
                    throw Unreadable(text: String(decoding: token, as: UTF8.self))
                }
                return try DayRange(from: from, to: to)
            }
        }
    }

    static func append(_ code: LocalGovernmentCode, to text: inout [UInt8]) {
        appendDigits(Int(code.value), width: 6, to: &text)
    }

    static func append(_ skills: JobCategorySet, to text: inout [UInt8]) {
        var isFirst = true
        for category in skills {
            if !isFirst { text.append(0x20) }
            text.append(contentsOf: category.rawValue.utf8)
            isFirst = false
        }
    }

    static func append(_ ranges: [DayRange], to text: inout [UInt8]) {
        for (index, range) in ranges.enumerated() {
            if index > 0 { text.append(0x20) }
            append(range.from, to: &text)
            text.append(0x2E)
            text.append(0x2E)
            append(range.to, to: &text)
        }
    }

    static func append(_ day: CalendarDay, to text: inout [UInt8]) {
        let (year, month, dayOfMonth) = day.components
        guard (0...9999).contains(year) else {
            text.append(contentsOf: day.description.utf8)
            return
        }
        appendDigits(year, width: 4, to: &text)
        text.append(0x2D)
        appendDigits(month, width: 2, to: &text)
        text.append(0x2D)
        appendDigits(dayOfMonth, width: 2, to: &text)
    }

    /// `value` (≥ 0) in decimal, padded with zeros to at least `width` digits.
    private static func appendDigits(_ value: Int, width: Int, to text: inout [UInt8]) {
        var count = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        let start = text.count
        text.append(contentsOf: repeatElement(0x30, count: max(width, count)))
        var rest = value
        var index = text.count - 1
        while index >= start && rest > 0 {
            text[index] = UInt8(0x30 + rest % 10)
            rest /= 10
            index -= 1
        }
    }
}

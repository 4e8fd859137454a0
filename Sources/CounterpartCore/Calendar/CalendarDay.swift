/// A day of the proleptic Gregorian calendar, written `YYYY-MM-DD`.
///
/// Stored as the number of days since 1970-01-01 so that days compare and subtract
/// as integers. No time zone is involved: a day is a date on the office calendar.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int32

    /// Why a text is not a day.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not of the form `YYYY-MM-DD`.
        case malformed(String)
        /// Of the right form, but no such day (for example 2026-02-30).
        case noSuchDay(String)

        public var description: String {
            switch self {
            case .malformed(let text): return "'\(text)' is not a date of the form YYYY-MM-DD"
            case .noSuchDay(let text): return "'\(text)' is not a day of the calendar"
            }
        }

        /// The same sentence in Japanese.
        public var japaneseDescription: String {
            switch self {
            case .malformed(let text): return "「\(text)」は日付ではありません。YYYY-MM-DD の形（例: 2026-04-01）で書いてください。"
            case .noSuchDay(let text): return "「\(text)」という日はありません（暦にない日付です）。"
            }
        }
    }

    /// The day with this count of days since 1970-01-01.
    public init(daysSinceEpoch: Int32) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// The day of a year, month (1–12) and day of month, or `nil` when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDay.length(ofMonth: month, year: year)
        else { return nil }
        daysSinceEpoch = Int32(CalendarDay.daysSinceEpoch(year: year, month: month, day: day))
    }

    /// Parses `YYYY-MM-DD`.
    /// - Throws: ``ParseError`` when the text is malformed or names no real day.
    public init(_ text: String) throws(ParseError) {
        var text = text
        let parsed = text.withUTF8 { CalendarDay.parse(UnsafeRawBufferPointer($0)) }
        switch parsed {
        case .success(let day): self = day
        case .failure(let error): throw error
        }
    }

    /// Parses `YYYY-MM-DD` from UTF-8 bytes without building a string.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<CalendarDay, ParseError> {
        func number(_ range: Range<Int>) -> Int? {
            var result = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 48, byte <= 57 else { return nil }
                result = result * 10 + Int(byte - 48)
            }
            return result
        }
        let text = { String(decoding: bytes, as: UTF8.self) }
        guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else {
            return .failure(.malformed(text()))
        }
        guard let result = CalendarDay(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(text()))
        }
        return .success(result)
    }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        // Civil-from-days over 400-year eras of 146,097 days, counted from 0000-03-01.
        let shifted = Int(daysSinceEpoch) + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        // Saturates at the ends of the calendar rather than trapping on an absurd count.
        let (sum, overflow) = Int(daysSinceEpoch).addingReportingOverflow(count)
        return CalendarDay(daysSinceEpoch: overflow ? (count > 0 ? .max : .min) : Int32(clamping: sum))
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDay) -> Int {
        Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        lhs.daysSinceEpoch < rhs.daysSinceEpoch
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        // Days-from-civil: years start on 1 March so that the leap day comes last.
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

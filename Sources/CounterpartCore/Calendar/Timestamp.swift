/// A moment, to the second, as every record stores it: ISO 8601 in UTC
/// (`2026-11-23T01:02:03Z`). Shown to people in Japan Standard Time (UTC+9), always by
/// ``japanTime`` and ``japanDay``, so that every page and printout agrees.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int64

    /// Why a text is not a timestamp.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The text as given.
        public var text: String
        public var description: String { "'\(text)' is not a time like 2026-11-23T01:02:03Z" }
    }

    /// The moment `seconds` after the epoch.
    public init(secondsSinceEpoch seconds: Int64) { secondsSinceEpoch = seconds }

    /// Reads `YYYY-MM-DDTHH:MM:SS` followed by `Z` or an offset `±HH:MM`, with optional
    /// fractional seconds (dropped).
    /// - Throws: ``ParseError`` for anything else.
    public init(_ text: String) throws(ParseError) {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ (48...57).contains(bytes[$0]) }) else {
                return nil
            }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) }
        }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"),
            let day = try? CalendarDay(String(decoding: bytes[0..<10], as: UTF8.self)),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            hour < 24, minute < 60, second < 60
        else { throw ParseError(text: text) }
        var rest = 19
        if bytes[rest] == UInt8(ascii: ".") {
            rest += 1
            let digits = bytes[rest...].prefix { (48...57).contains($0) }.count
            guard digits > 0 else { throw ParseError(text: text) }
            rest += digits
        }
        var offset = 0
        if rest == bytes.count - 1, bytes[rest] == UInt8(ascii: "Z") {
            offset = 0
        } else if rest == bytes.count - 6, bytes[rest] == UInt8(ascii: "+") || bytes[rest] == UInt8(ascii: "-"),
            bytes[rest + 3] == UInt8(ascii: ":"), let hours = number(rest + 1..<rest + 3),
            let minutes = number(rest + 4..<rest + 6), hours < 24, minutes < 60
        {
            offset = (hours * 3600 + minutes * 60) * (bytes[rest] == UInt8(ascii: "+") ? 1 : -1)
        } else {
            throw ParseError(text: text)
        }
        let seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
        self.init(secondsSinceEpoch: seconds)
    }

    /// `2026-11-23T01:02:03Z`: the form stored.
    public var description: String { Self.format(secondsSinceEpoch, separator: "T", seconds: true) + "Z" }

    /// `2026-11-23 10:02` in Japan Standard Time, for people.
    public var japanTime: String { Self.format(secondsSinceEpoch + Self.japanOffset, separator: " ", seconds: false) }

    /// The calendar day in Japan Standard Time.
    public var japanDay: CalendarDay { Self.day(of: secondsSinceEpoch + Self.japanOffset) }

    /// Japan Standard Time's offset from UTC, in seconds.
    public static let japanOffset: Int64 = 9 * 3600

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    private static func day(of seconds: Int64) -> CalendarDay {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDay(daysSinceEpoch: Int32(clamping: days))
    }

    private static func format(_ seconds: Int64, separator: String, seconds showsSeconds: Bool) -> String {
        let day = day(of: seconds)
        let inDay = Int(seconds - Int64(day.daysSinceEpoch) * 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let clock = two(inDay / 3600) + ":" + two(inDay / 60 % 60) + (showsSeconds ? ":" + two(inDay % 60) : "")
        return day.description + separator + clock
    }
}

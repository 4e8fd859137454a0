import CounterpartCore
import Foundation

/// The time now, as stored (UTC, ISO 8601), and the day it is in Japan.
enum Clock {
    static var now: String {
        if let fixed = ProcessInfo.processInfo.environment["COUNTERPART_NOW"], !fixed.isEmpty { return fixed }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    /// The calendar day of `time` in Japan Standard Time (UTC+9).
    static func japaneseDay(of time: String) -> CalendarDay? {
        guard let date = ISO8601DateFormatter().date(from: time) else { return nil }
        return try? CalendarDay(japanese(date, "yyyy-MM-dd"))
    }

    /// `2026-11-23 10:00` in Japan Standard Time, for people; the text as stored when it does not parse.
    static func local(_ time: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: time) else { return time }
        return japanese(date, "yyyy-MM-dd HH:mm")
    }

    private static func japanese(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}

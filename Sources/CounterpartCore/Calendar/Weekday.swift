/// A day of the week, Sunday first, as a Japanese calendar prints them (日 月 火 水 木 金 土).
public enum Weekday: Int, CaseIterable, Hashable, Sendable {
    case sunday, monday, tuesday, wednesday, thursday, friday, saturday

    /// The weekday of `day`: 1970-01-01 was a Thursday, and weeks repeat every 7 days.
    ///
    /// Complexity: O(1).
    public init(_ day: CalendarDay) {
        let offset = (Int(day.daysSinceEpoch) + Weekday.thursday.rawValue) % 7
        self = Weekday(rawValue: offset < 0 ? offset + 7 : offset)!
    }

    /// The one-character Japanese name written in parentheses after a date: `月` for Monday.
    public var japaneseLabel: String {
        switch self {
        case .sunday: return "日"
        case .monday: return "月"
        case .tuesday: return "火"
        case .wednesday: return "水"
        case .thursday: return "木"
        case .friday: return "金"
        case .saturday: return "土"
        }
    }
}

/// Days and times as people in a Japanese office write them: the year spelt out in headings
/// (`2027年1月18日(月)`), month and day alone in tables (`1/18(月)`), no leading zeros, the
/// weekday from the calendar day (``Weekday``).
extension CalendarDay {
    /// The day of the week.
    public var weekday: Weekday { Weekday(self) }

    /// `2027年1月18日(月)`: for headings and sentences.
    public var japaneseLong: String {
        let (year, month, day) = components
        return "\(year)年\(month)月\(day)日(\(weekday.japaneseLabel))"
    }

    /// `1/18(月)`: for table cells.
    public var japaneseShort: String {
        let (_, month, day) = components
        return "\(month)/\(day)(\(weekday.japaneseLabel))"
    }

    /// `01/18`: month and day, two digits each, no weekday (a period's span, `第1期 (01/18–01/24)`).
    public var monthDay: String {
        let (_, month, day) = components
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(month))/\(two(day))"
    }
}

extension DayRange {
    /// `1/18(月)–1/24(日)`: for table cells; one day alone when the range is one day long.
    public var japaneseShort: String {
        from == to ? from.japaneseShort : "\(from.japaneseShort)–\(to.japaneseShort)"
    }
}

extension Timestamp {
    /// `2027年1月18日(月) 09:30` in Japan Standard Time: for headings and sentences.
    public var japaneseLong: String { "\(japanDay.japaneseLong) \(japanClock)" }

    /// `1/18(月) 09:30` in Japan Standard Time: for table cells.
    public var japaneseShort: String { "\(japanDay.japaneseShort) \(japanClock)" }

    /// `09:30`: the hour and minute in Japan Standard Time.
    public var japanClock: String { String(japanTime.suffix(5)) }
}

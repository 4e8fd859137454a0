import CounterpartCore

extension CalendarDay {
    /// The serial number Excel (1900 date system) gives this day: 1 for 1900-01-01, with
    /// Excel's nonexistent 1900-02-29 counted, so 2026-04-01 is 46113. Days before
    /// 1900-03-01 are not used by rosters and get the number of the day after the gap.
    public var excelSerial: Int {
        Int(daysSinceEpoch) + 25_569
    }

    /// The day of an Excel serial number (the whole part; a time of day is dropped), or
    /// `nil` outside 1900-03-01 … 9999-12-31 (61 … 2,958,465).
    public init?(excelSerial serial: Double) {
        guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
        self.init(daysSinceEpoch: Int32(serial.rounded(.down)) - 25_569)
    }
}

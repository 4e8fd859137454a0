import Testing

@testable import CounterpartCore

@Suite struct DayRangeTests {
    func range(_ from: String, _ to: String) throws -> DayRange {
        try DayRange(from: CalendarDay(from), to: CalendarDay(to))
    }

    @Test func aSingleDayIsARange() throws {
        #expect(try range("2026-11-02", "2026-11-02").dayCount == 1)
    }

    @Test func refusesAnEndBeforeTheStart() throws {
        let from = try CalendarDay("2026-11-03")
        let to = try CalendarDay("2026-11-02")
        #expect(throws: DayRange.RangeError.endBeforeStart(from: from, to: to)) { try DayRange(from: from, to: to) }
    }

    @Test func overlapIsInclusiveAtBothEnds() throws {
        let period = try range("2026-11-01", "2026-11-07")
        #expect(period.overlap(with: try range("2026-11-07", "2026-11-20")) == (try range("2026-11-07", "2026-11-07")))
        #expect(period.overlap(with: try range("2026-11-08", "2026-11-20")) == nil)
        #expect(period.overlap(with: try range("2026-10-01", "2026-11-02")) == (try range("2026-11-01", "2026-11-02")))
    }

    @Test func containment() throws {
        let year = try range("2026-04-01", "2027-03-31")
        #expect(year.contains(try range("2026-11-01", "2026-11-07")))
        #expect(!year.contains(try range("2027-03-30", "2027-04-01")))
        #expect(year.contains(try CalendarDay("2027-03-31")))
    }
}

import Testing

@testable import CounterpartCore

@Suite struct CalendarDayTests {
    @Test func theEpochIsDayZero() throws {
        #expect(try CalendarDay("1970-01-01").daysSinceEpoch == 0)
        #expect(CalendarDay(daysSinceEpoch: 0).description == "1970-01-01")
    }

    @Test func knownDays() throws {
        // 2026-04-01: 56 years after 1970 with 14 leap days (1972…2024) = 20,454 days, plus
        // January–March 2026 (31 + 28 + 31 = 90): 20,544.
        #expect(try CalendarDay("2026-04-01").daysSinceEpoch == 20_544)
        #expect(try CalendarDay("1969-12-31").daysSinceEpoch == -1)
    }

    @Test func leapDays() throws {
        #expect(try CalendarDay("2024-02-29").description == "2024-02-29")
        #expect(try CalendarDay("2000-02-29").description == "2000-02-29")
        #expect(throws: CalendarDay.ParseError.noSuchDay("2026-02-29")) { try CalendarDay("2026-02-29") }
        #expect(throws: CalendarDay.ParseError.noSuchDay("1900-02-29")) { try CalendarDay("1900-02-29") }
    }

    @Test(arguments: ["2026-4-01", "2026/04/01", "20260401", "2026-04-01Z", "", "abcd-ef-gh"])
    func refusesMalformedText(text: String) {
        #expect(throws: CalendarDay.ParseError.malformed(text)) { try CalendarDay(text) }
    }

    @Test(arguments: ["2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00"])
    func refusesDaysThatDoNotExist(text: String) {
        #expect(throws: CalendarDay.ParseError.noSuchDay(text)) { try CalendarDay(text) }
    }

    @Test func descriptionRoundTripsOverManyYears() throws {
        var day = CalendarDay(year: 1899, month: 12, day: 25)!
        var mismatches: [String] = []
        for _ in 0..<(365 * 250) {
            if try CalendarDay(day.description) != day { mismatches.append(day.description) }
            let next = day.adding(days: 1)
            if next.description <= day.description { mismatches.append("order at \(day)") }
            day = next
        }
        #expect(mismatches.isEmpty)
        #expect(day.description == "2149-10-25")  // 1899-12-25 + 91,250 days, by Python's datetime
    }

    @Test func arithmeticAcrossMonthsAndYears() throws {
        let start = try CalendarDay("2026-12-30")
        #expect(start.adding(days: 3).description == "2027-01-02")
        #expect(start.days(to: try CalendarDay("2027-03-01")) == 61)
    }
}

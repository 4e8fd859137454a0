import Testing

@testable import CounterpartCore

@Suite struct StaffPersonTests {
    func person(_ intervals: [(String, String)]) throws -> StaffPerson {
        StaffPerson(
            id: "s-1", municipality: try LocalGovernmentCode("382019"), name: "松山 一郎",
            skills: JobCategorySet([.shelter]),
            availability: try intervals.map { try DayRange(from: CalendarDay($0.0), to: CalendarDay($0.1)) })
    }

    func window(_ from: String, _ to: String) throws -> DayRange {
        try DayRange(from: CalendarDay(from), to: CalendarDay(to))
    }

    @Test func noIntervalMeansNeverAvailable() throws {
        #expect(!(try person([]).isAvailable(throughout: window("2026-11-01", "2026-11-01"))))
    }

    @Test func everyDayOfTheWindowMustBeCovered() throws {
        let someone = try person([("2026-11-01", "2026-11-05")])
        #expect(someone.isAvailable(throughout: try window("2026-11-01", "2026-11-05")))
        #expect(!someone.isAvailable(throughout: try window("2026-11-01", "2026-11-06")))
        #expect(!someone.isAvailable(throughout: try window("2026-10-31", "2026-11-03")))
    }

    @Test func touchingIntervalsJoin() throws {
        // 11-01..11-03 and 11-04..11-07 touch: together they cover the week.
        let someone = try person([("2026-11-04", "2026-11-07"), ("2026-11-01", "2026-11-03")])
        #expect(someone.isAvailable(throughout: try window("2026-11-01", "2026-11-07")))
    }

    @Test func overlappingIntervalsJoin() throws {
        let someone = try person([
            ("2026-11-01", "2026-11-05"), ("2026-11-03", "2026-11-09"), ("2026-10-01", "2026-10-02"),
        ])
        #expect(someone.isAvailable(throughout: try window("2026-11-02", "2026-11-09")))
    }

    @Test func aOneDayGapBreaksTheWindow() throws {
        let someone = try person([("2026-11-01", "2026-11-03"), ("2026-11-05", "2026-11-07")])
        #expect(!someone.isAvailable(throughout: try window("2026-11-01", "2026-11-07")))
        #expect(someone.isAvailable(throughout: try window("2026-11-05", "2026-11-06")))
    }
}

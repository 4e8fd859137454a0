import Testing

@testable import CounterpartCore
@testable import CounterpartStore

/// The stored text of codes, days, skills and availability: written as the value types
/// describe themselves, and read back to the same values.
@Suite struct RowTextTests {
    let ranges = [
        try! DayRange(from: CalendarDay("0999-01-02"), to: CalendarDay("2026-12-31")),
        try! DayRange(from: CalendarDay("2027-04-01"), to: CalendarDay("2027-04-01")),
    ]
    let skills = JobCategorySet([.general, .shelter, .damageSurvey])

    func text(_ write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func writtenAsTheValuesDescribeThemselves() throws {
        #expect(text { RowText.append(try! LocalGovernmentCode("012025"), to: &$0) } == "012025")
        #expect(text { RowText.append(skills, to: &$0) } == "shelter damage-survey general")
        #expect(text { RowText.append(ranges, to: &$0) } == "0999-01-02..2026-12-31 2027-04-01..2027-04-01")
        #expect(text { RowText.append(ranges, to: &$0) } == ranges.map(\.description).joined(separator: " "))
        #expect(text { RowText.append([], to: &$0) } == "")
    }

    @Test func readBackToTheSameValues() throws {
        #expect(RowText.skills("shelter damage-survey general") == skills)
        #expect(RowText.skills("") == JobCategorySet())
        #expect(try RowText.ranges("0999-01-02..2026-12-31 2027-04-01..2027-04-01") == ranges)
        #expect(try RowText.ranges("") == [])
    }

    @Test(arguments: ["2026-04-01", "2026-04-01..2026-13-01", "2026-04-01–2026-05-01x", "2026-05-01..2026-04-01"])
    func textNotWrittenByCounterpartIsRefused(text: String) {
        #expect(throws: (any Error).self) { try RowText.ranges(text) }
    }
}

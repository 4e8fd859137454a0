import CounterpartCore
import CounterpartReports
import Testing

@Suite struct RosterSummaryTextTests {
    @Test func theWholeRoster() throws {
        try Golden.check(RosterSummaryText.render(ReportFixtures.roster, only: nil), "roster-summary.txt")
    }

    /// Each member with the id `ack --member` takes, after the name.
    @Test func oneMunicipality() {
        #expect(
            RosterSummaryText.render(ReportFixtures.roster, only: ReportFixtures.d) == """
                Roster of 380008, effective 2026-04-01: 5 municipalities, 2 groups, 6 members, 8 staff

                伊方町, "佐田岬" 384429 (町)
                  group: Y
                  supporters (Y): 一次支援 primary 宇和島市 382035  [proposed]
                  実務担当 liaison  伊方 実務  m-d-1  0894-00-0001
                  staff 1: 避難所運営 1

                """)
    }

    @Test func anEmptyRoster() {
        let roster = Roster(prefecture: ReportFixtures.prefecture, effective: ReportFixtures.day("2026-04-01"))
        #expect(
            RosterSummaryText.render(roster, only: nil)
                == "Roster of 380008, effective 2026-04-01: 0 municipalities, 0 groups, 0 members, 0 staff\n")
    }
}

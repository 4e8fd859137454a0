import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Testing

@Suite struct IncidentTextTests {
    typealias F = IncidentFixtures

    let text = IncidentText(names: F.names)

    @Test func anOpenIncident() throws {
        try Golden.check(text.incident(F.incident), "incident.txt")
    }

    @Test func aClosedDrill() throws {
        try Golden.check(text.incident(F.drill), "incident-closed.txt")
    }

    /// `incident list`: one line per incident, no indent.
    @Test func incidentLines() throws {
        try Golden.check(text.table([F.incident, F.drill].map(text.incidentLine), indent: ""), "incident-list.txt")
    }

    /// The note is the last cell: its pipe stays, and its newline becomes a space, so that the
    /// note stays on its row (issue 14, item 20).
    @Test func requestRows() throws {
        try Golden.check(text.table(F.requests.map(text.requestRow)), "incident-requests.txt")
    }

    /// A2 and A3 with their reasons; A3's reason, like R1's note, is folded onto its row.
    @Test func assignmentRows() throws {
        try Golden.check(text.table(F.assignments.map(text.assignmentRow)), "incident-assignments.txt")
    }

    @Test func noRowsGiveNoTable() {
        #expect(text.table([]) == "")
    }

    @Test func aPlanOutcome() throws {
        try Golden.check(text.planOutcome(F.planOutcome, incident: F.incident), "incident-plan-outcome.txt")
    }

    /// Headquarters first (its oldest item ties with 宇和島市's, and its code is smaller), then
    /// 宇和島市, then 松山市, whose member has left the roster.
    @Test func followupWithGroups() throws {
        try Golden.check(text.followup(F.followup), "followup.txt")
    }

    @Test func followupWithNothingUnread() {
        #expect(text.followup([]) == "Everything has been acknowledged. 未確認なし\n")
    }

    @Test func aMemberNotInTheRosterIsShownByID() {
        #expect(text.memberLabel("m-m-1") == "m-m-1")
        #expect(text.memberLabel("m-u-1") == "宇和島 実務 (実務担当, m-u-1)")
    }
}

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

    /// The note is the last cell, written as it is: its pipe stays, and its newline starts a
    /// line of its own, unindented (plain text has no escaping).
    @Test func requestRows() throws {
        try Golden.check(text.table(F.requests.map(text.requestRow)), "incident-requests.txt")
    }

    /// A2 and A3 with their reasons; A3's reason, like R1's note, runs onto a line of its own.
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

    /// `notice list`: one line per notice; one outside incidents shows none.
    @Test func noticeLines() throws {
        var general = F.noticeRecord
        general.notice.id = Notice.ID(2)
        general.notice.incident = nil
        general.notice.group = "nanyo"
        general.notice.title = "燃料の確保"
        general.readers = [general.readers[0]]
        try Golden.check(text.notices([F.noticeRecord, general]), "notice-list.txt")
        #expect(text.notices([]) == "No notices yet.\n")
    }

    /// `notice show`: its text line by line, markup as it is; m-m-1, gone from the roster, by id.
    @Test func aNotice() throws {
        try Golden.check(text.notice(F.noticeRecord), "notice.txt")
    }

    @Test func aMemberNotInTheRosterIsShownByID() {
        #expect(text.memberLabel("m-m-1") == "m-m-1")
        #expect(text.memberLabel("m-u-1") == "宇和島 実務 (実務担当, m-u-1)")
    }
}

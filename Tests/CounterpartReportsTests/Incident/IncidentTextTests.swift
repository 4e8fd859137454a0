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

    /// A drill's items are listed, marked, and counted in the heading.
    @Test func followupMarksDrills() {
        let drillItem = PendingAcknowledgement(
            item: RecordID(.request, 7), incident: F.drill.id, member: "m-u-1", municipality: F.uwajima,
            since: F.time("2026-10-01T00:00:00Z"), subject: "request R7: 宇和島市 避難所運営 shelter ×1", sequence: 9)
        let groups = Followup.groups([drillItem, F.pending[1]], roster: F.roster, drills: [F.drill.id])
        #expect(
            text.followup(groups) == """
                Unacknowledged 未確認: 2 items (1 of drills 訓練), 1 member to reach, longest-waiting first

                宇和島市 (382035) — call 宇和島 実務 (実務担当 liaison) 0895-24-1111
                  since 2026-10-01 09:00  訓練 drill I2 — request R7: 宇和島市 避難所運営 shelter ×1
                    not read by: 宇和島 実務 (実務担当, m-u-1)
                  since 2026-11-02 09:30  request R1: 宇和島市 避難所運営 shelter ×3 2026-11-02..2026-11-15 critical
                    not read by: 宇和島 実務 (実務担当, m-u-1)

                """)
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

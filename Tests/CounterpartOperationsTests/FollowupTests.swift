import CounterpartCore
import Testing

@testable import CounterpartOperations

@Suite struct FollowupTests {
    typealias F = OperationsFixtures

    func pending(_ item: String, _ member: String, _ code: LocalGovernmentCode, _ since: String, _ sequence: Int)
        -> PendingAcknowledgement
    {
        PendingAcknowledgement(
            item: RecordID(item)!, incident: Incident.ID(1), member: MemberID(member), municipality: code,
            since: try! Timestamp(since),
            subject: item, sequence: sequence)
    }

    @Test func nothingPendingGivesNoGroups() {
        #expect(Followup.groups([], roster: F.roster).isEmpty)
    }

    @Test func groupedByMunicipalityLongestWaitingFirst() {
        let groups = Followup.groups(
            [
                pending("R2", "m-m-2", F.matsuyama, "2026-11-02T03:00:00Z", 5),
                pending("R1", "m-u-4", F.uwajima, "2026-11-02T01:00:00Z", 2),
                pending("P1", "m-u-1", F.uwajima, "2026-11-02T02:00:00Z", 3),
                pending("R1", "m-u-1", F.uwajima, "2026-11-02T01:00:00Z", 1),
                pending("N1", "m-m-2", F.matsuyama, "2026-11-02T03:00:00Z", 4),
            ], roster: F.roster)
        #expect(groups.map(\.municipality) == [F.uwajima, F.matsuyama])
        #expect(groups[0].items.map(\.item.description) == ["R1", "P1"])
        #expect(groups[0].items[0].waiting == ["m-u-1", "m-u-4"])
        #expect(groups[0].contact?.id == "m-u-1")
        // Same time: in the order they became due.
        #expect(groups[1].items.map(\.item.description) == ["N1", "R2"])
        #expect(groups[1].oldest.description == "2026-11-02T03:00:00Z")
    }

    /// Items of incidents in `drills` are marked, with their incident.
    @Test func drillItemsAreMarked() {
        let groups = Followup.groups(
            [pending("R1", "m-u-4", F.uwajima, "2026-11-02T01:00:00Z", 1)], roster: F.roster, drills: [Incident.ID(1)])
        #expect(groups[0].items[0].isDrill && groups[0].items[0].incident == Incident.ID(1))
        #expect(
            !Followup.groups([pending("R1", "m-u-4", F.uwajima, "2026-11-02T01:00:00Z", 1)], roster: F.roster)[0]
                .items[0].isDrill)
    }

    /// Headquarters' group names the waiting member on duty, never the caller.
    @Test func headquartersIsToldWhomOfItsOwnToPhone() {
        let waiting = [
            pending("R1", "hq-1", F.ehime, "2026-11-02T01:00:00Z", 1),
            pending("R1", "hq-2", F.ehime, "2026-11-02T01:00:00Z", 2),
        ]
        #expect(Followup.groups(waiting, roster: F.roster)[0].contact?.id == "hq-1")
        #expect(Followup.groups(waiting, roster: F.roster, caller: "hq-1")[0].contact?.id == "hq-2")
    }
}

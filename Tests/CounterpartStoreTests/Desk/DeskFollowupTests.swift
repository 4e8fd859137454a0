import CounterpartCore
import CounterpartOperations
import Testing

/// Follow-up that tells the truth: drills are in it, marked, unless asked to leave them out;
/// headquarters is told whom of its own to phone, never itself.
@Suite struct DeskFollowupTests {
    typealias F = DeskFixtures

    /// The desk fixtures' roster with a disaster-office member on duty (with a phone).
    static var roster: Roster {
        var roster = F.roster()
        roster.members.append(
            HotlineMember(id: "d-1", municipality: F.ehime, role: .hqDisaster, name: "県庁 当直", phone: "089-000-0000"))
        return roster
    }

    @Test(arguments: DeskBackend.allCases) func drillsAreInTheFollowupMarkedUnlessLeftOut(backend: DeskBackend)
        async throws
    {
        let desk = try backend.make(roster: F.roster()).desk()
        let (real, _) = try await desk.open(F.opening(), by: F.hotline)
        let (drill, _) = try await desk.open(F.opening(drill: true), by: F.hotline)
        let before = try await DeskSnapshot.of(desk)
        // 宇和島市's liaison, and headquarters, each owe R1 (real) and R2 (the drill's).
        func items(_ groups: [FollowupGroup]) -> [FollowupGroup.Item] {
            groups.first { $0.municipality == F.uwajima }?.items ?? []
        }
        let all = items(try await desk.followup(incident: nil))
        #expect(all.map(\.item.description) == ["R1", "R2"])
        #expect(all.map(\.incident) == [real.id, drill.id] && all.map(\.isDrill) == [false, true])
        #expect(items(try await desk.followup(incident: nil, includesDrills: false)).map(\.incident) == [real.id])
        #expect(items(try await desk.followup(incident: drill.id)).map(\.isDrill) == [true])
        #expect(try await desk.followup(incident: drill.id, includesDrills: false).isEmpty)
        #expect(try await DeskSnapshot.of(desk) == before)
    }

    @Test(arguments: DeskBackend.allCases) func headquartersPhonesTheMemberOnDutyNeverTheCaller(backend: DeskBackend)
        async throws
    {
        let desk = try backend.make(roster: Self.roster).desk()
        _ = try await desk.open(F.opening(), by: F.hotline)
        func headquarters(_ caller: Agent? = nil) async throws -> FollowupGroup? {
            try await desk.followup(incident: nil, caller: caller).first { $0.municipality == F.ehime }
        }
        // R1 waits for p-1 (市町振興課, the hotline officer's own division) and d-1 (on duty).
        #expect(try await headquarters()?.contact?.id == "d-1")
        #expect(try await headquarters(.member("d-1"))?.contact?.id == "p-1")
        _ = try await desk.acknowledge(RecordID(.request, 1), member: "d-1", by: F.hotline)
        // Only p-1 is waiting, with no phone: the member on duty, who has one, is named.
        #expect(try await headquarters()?.items.flatMap(\.waiting) == ["p-1"])
        #expect(try await headquarters()?.contact?.id == "d-1")
    }
}

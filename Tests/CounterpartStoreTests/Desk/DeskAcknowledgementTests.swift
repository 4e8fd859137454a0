import CounterpartCore
import CounterpartOperations
import Testing

/// Names where people think in names: `ack` by a member's name, several items at once, all
/// or nothing.
@Suite struct DeskAcknowledgementTests {
    typealias F = DeskFixtures

    /// An incident with R1 and P1 due for m-1 (宇和島 花子) and p-1.
    static func world(_ backend: DeskBackend, roster: Roster = F.roster()) async throws -> (IncidentDesk, Incident) {
        let desk = try backend.make(roster: roster).desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        _ = try await desk.plan(incident.id, by: F.hotline)
        return (desk, incident)
    }

    static let r1 = RecordID(.request, 1)
    static let p1 = RecordID(.plan, 1)

    @Test(arguments: DeskBackend.allCases) func severalItemsAtOnceByName(backend: DeskBackend) async throws {
        let (desk, incident) = try await Self.world(backend)
        #expect(try await desk.pendingAcknowledgements(incident: incident.id).filter { $0.member == "m-1" }.count == 2)
        // A full-width space, as a Japanese keyboard types it; R1 named twice counts once.
        let done = try await desk.acknowledge([Self.r1, Self.p1, Self.r1], member: "宇和島\u{3000}花子", by: F.hotline)
        let now = try Timestamp("2026-11-02T00:00:00Z")
        #expect(done.member == "m-1")
        #expect(
            done.outcomes == [
                .init(item: Self.r1, outcome: .recorded(now)), .init(item: Self.p1, outcome: .recorded(now)),
            ])
        #expect(try await desk.pendingAcknowledgements(incident: incident.id).map(\.member) == ["p-1", "p-1"])
        #expect(
            try await desk.events(incident: incident.id, limit: 2).map(\.text) == [
                "acknowledged by m-1", "acknowledged by m-1",
            ])
        // Again, by id: nothing new.
        let again = try await desk.acknowledge([Self.p1], member: "m-1", by: F.hotline)
        #expect(again.outcomes == [.init(item: Self.p1, outcome: .already(now))])
    }

    @Test(arguments: DeskBackend.allCases) func oneRefusedItemRecordsNone(backend: DeskBackend) async throws {
        let (desk, _) = try await Self.world(backend)
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.unknown(RecordID(.request, 9))) {
            try await desk.acknowledge([Self.r1, RecordID(.request, 9)], member: "宇和島 花子", by: F.hotline)
        }
        await #expect(throws: OperationsError.unknownMember("宇和島 次郎")) {
            try await desk.acknowledge([Self.r1], member: "宇和島 次郎", by: F.hotline)
        }
        await #expect(throws: OperationsError.self) {
            try await desk.acknowledge([], member: "m-1", by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
    }

    @Test(arguments: DeskBackend.allCases) func aNameTwoMembersShareIsRefusedWithTheirIDs(backend: DeskBackend)
        async throws
    {
        var roster = F.roster()
        let namesake = HotlineMember(id: "m-9", municipality: F.matsuyama, role: .disasterManager, name: "宇和島 花子")
        roster.members.append(namesake)
        let (desk, _) = try await Self.world(backend, roster: roster)
        let before = try await DeskSnapshot.of(desk)
        let error = await #expect(throws: OperationsError.self) {
            try await desk.acknowledge([Self.r1, Self.p1], member: "宇和島 花子", by: F.hotline)
        }
        #expect(error == .ambiguousMember("宇和島 花子", candidates: [roster.members[0], namesake]))
        #expect(
            error?.message
                == "'宇和島 花子' is the name of 2 hotline members: m-1 (宇和島 花子, 実務担当, 382035), "
                + "m-9 (宇和島 花子, 防災担当部課長, 382019); give the id of the one meant")
        #expect(try await DeskSnapshot.of(desk) == before)
        // By id, each is who they are.
        #expect(try await desk.acknowledge([Self.r1], member: "m-9", by: F.hotline).member == "m-9")
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import GRDB
import Testing

@testable import CounterpartStore

/// The record as the server's live stream reads it, on both backends: which kind of change
/// each desk action records, the remote address it came from, and reading on after an id.
@Suite struct DeskEventTests {
    typealias F = DeskFixtures
    static let origin = "192.0.2.10"

    /// The roster of the desk tests with three people and 大洲市, which an incident can grow to.
    static func roster() throws -> Roster {
        var roster = F.roster(staff: 3)
        roster.municipalities.append(
            Municipality(
                code: try LocalGovernmentCode("382078"), name: "大洲市", kind: .city, latitude: 33.5064,
                longitude: 132.5447))
        return roster
    }

    /// Every event after `id`, as (kind, subject).
    static func kinds(_ desk: IncidentDesk, after id: Int) async throws -> [Pair] {
        try await desk.events(after: id, limit: 1000).map { Pair(kind: $0.kind, subject: $0.subject) }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var kind: EventKind?
        var subject: String
        var description: String { "\(kind?.rawValue ?? "none") \(subject)" }
    }

    @Test(arguments: DeskBackend.allCases) func everyDeskActionRecordsItsKind(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: try Self.roster()).desk()
        let start = try await desk.latestEventID()
        let (incident, requests) = try await desk.open(F.opening(), by: F.hotline)
        _ = try await desk.extend(incident.id, adding: [try LocalGovernmentCode("382078")], by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0].id
        _ = try await desk.answer(proposed, .confirm, reason: nil, by: F.hotline)
        _ = try await desk.answer(proposed, .dispatched, reason: nil, by: F.hotline)
        _ = try await desk.correct(proposed, to: .confirmed, reason: "押し間違い", by: F.hotline)
        _ = try await desk.answer([IncidentDesk.Answer(proposed, .substitute("s-3"))], by: F.hotline)
        _ = try await desk.acknowledge(requests[0].id.recordID, member: "m-1", by: F.hotline)
        _ = try await desk.postNotice(title: "燃料", body: "給油所", group: nil, incident: incident.id, by: F.hotline)
        let second = try await desk.file(F.shelter(), in: incident.id, by: F.hotline)
        _ = try await desk.change(second.id, to: F.shelter(2), by: F.hotline)
        _ = try await desk.cancel(second.id, reason: "解消", by: F.hotline)
        let days = try DayRange(from: F.day("2026-11-20"), to: F.day("2026-11-21"))
        let unavailable = try await desk.declareUnavailable("s-2", days: days, reason: "自宅被災", by: F.hotline)
        _ = try await desk.lift(unavailable.id, by: F.hotline)
        _ = try await desk.close(incident.id, force: true, by: F.hotline)
        #expect(
            try await Self.kinds(desk, after: start) == [
                Pair(kind: .incidentOpened, subject: "I1"), Pair(kind: .requestFiled, subject: "R1"),
                Pair(kind: .incidentChanged, subject: "I1"), Pair(kind: .planStored, subject: "P1"),
                Pair(kind: .assignmentAnswered, subject: "A1"), Pair(kind: .assignmentAnswered, subject: "A1"),
                Pair(kind: .assignmentAnswered, subject: "A1"), Pair(kind: .assignmentAnswered, subject: "A1"),
                Pair(kind: .ackRecorded, subject: "R1"), Pair(kind: .noticePosted, subject: "N1"),
                Pair(kind: .requestFiled, subject: "R2"), Pair(kind: .requestChanged, subject: "R2"),
                Pair(kind: .requestCancelled, subject: "R2"), Pair(kind: nil, subject: "U1"),
                Pair(kind: nil, subject: "U1"), Pair(kind: .incidentClosed, subject: "I1"),
            ])
    }

    /// Proposals withdrawn by a changed request and people cancelled with their request are
    /// part of that change; a decline and a return are answers like the others.
    @Test(arguments: DeskBackend.allCases) func eventsOneActionWritesShareItsKind(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: try Self.roster()).desk()
        let (incident, requests) = try await desk.open(F.opening(requests: [F.shelter(2)]), by: F.hotline)
        let first = try await desk.plan(incident.id, by: F.hotline).newlyProposed.map(\.id.description)
        #expect(first == ["A1", "A2"])
        var start = try await desk.latestEventID()
        _ = try await desk.change(requests[0].id, to: F.shelter(1), by: F.hotline)
        _ = try await desk.cancel(requests[0].id, reason: "解消", by: F.hotline)
        #expect(
            try await Self.kinds(desk, after: start) == [
                Pair(kind: .requestChanged, subject: "R1"), Pair(kind: .requestChanged, subject: "A2"),
                Pair(kind: .requestCancelled, subject: "A1"), Pair(kind: .requestCancelled, subject: "R1"),
            ])
        _ = try await desk.file(F.shelter(2), in: incident.id, by: F.hotline)
        let second = try await desk.plan(incident.id, by: F.hotline).newlyProposed.map(\.id)
        #expect(second.map(\.description) == ["A3", "A4"])
        start = try await desk.latestEventID()
        _ = try await desk.answer(second[0], .decline, reason: "体調不良", by: F.hotline)
        _ = try await desk.answer(second[1], .confirm, reason: nil, by: F.hotline)
        _ = try await desk.answer(second[1], .dispatched, reason: nil, by: F.hotline)
        _ = try await desk.answer(second[1], .returned, reason: nil, by: F.hotline)
        #expect(
            try await Self.kinds(desk, after: start) == [
                Pair(kind: .assignmentAnswered, subject: "A3"), Pair(kind: .assignmentAnswered, subject: "A4"),
                Pair(kind: .assignmentAnswered, subject: "A4"), Pair(kind: .assignmentAnswered, subject: "A4"),
            ])
    }

    @Test(arguments: DeskBackend.allCases) func aDeskFromAnAddressPutsItOnEveryEvent(backend: DeskBackend)
        async throws
    {
        let world = try backend.make(roster: F.roster())
        let start = try await world.desk().latestEventID()
        let remote = world.desk().from(Self.origin)
        #expect(remote.origin == Self.origin && world.desk().origin == nil)
        let (incident, _) = try await remote.open(F.opening(), by: .member("p-1"))
        _ = try await world.desk().plan(incident.id, by: F.hotline)
        _ = try await world.desk().from("").postNotice(
            title: "燃料", body: "", group: nil, incident: nil, by: F.hotline)
        let events = try await remote.events(after: start, limit: 10)
        #expect(events.map(\.origin) == [Self.origin, Self.origin, nil, nil])
        #expect(events.map(\.stamp.origin) == [Self.origin, Self.origin, nil, nil])
        #expect(events.map(\.stamp.actor) == ["p-1", "p-1", "hotline", "hotline"])
        // The origin says how a change came, not which it was.
        #expect(events[0].stamp == Stamp(time: events[0].stamp.time, actor: "p-1"))
        let account = try await world.accounts().from(Self.origin).invite("m-1", by: .member("p-1"))
        #expect(account.member == "m-1")
        let about = try await world.storage.read { rows in try rows.events(subject: "m-1", limit: 10) }
        #expect(about.map(\.origin) == [Self.origin] && about.map(\.kind) == [nil])
    }

    @Test(arguments: DeskBackend.allCases) func eventsAfterAnIDAreTheLaterOnesInOrder(backend: DeskBackend)
        async throws
    {
        let desk = try backend.make(roster: F.roster()).desk()
        let start = try await desk.latestEventID()
        let (incident, _) = try await desk.open(F.opening(requests: [F.shelter(), F.shelter()]), by: F.hotline)
        _ = try await desk.plan(incident.id, by: F.hotline)
        // I1 opened, R1 and R2 filed, P1 stored.
        #expect(try await desk.latestEventID() == start + 4)
        let all = try await desk.events(after: start, limit: 100)
        #expect(all.map(\.id) == [start + 1, start + 2, start + 3, start + 4])
        #expect(all.map(\.subject) == ["I1", "R1", "R2", "P1"])
        #expect(try await desk.events(after: start, limit: 2).map(\.subject) == ["I1", "R1"])
        #expect(try await desk.events(after: start + 2, limit: 100).map(\.subject) == ["R2", "P1"])
        #expect(try await desk.events(after: start + 2, limit: 1).map(\.id) == [start + 3])
        #expect(try await desk.events(after: start + 4, limit: 100).isEmpty)
        #expect(try await desk.events(after: start, limit: 0).isEmpty)
        #expect(try await desk.events(after: 0, limit: 100).suffix(4) == all[...])
    }

    @Test(arguments: DeskBackend.allCases) func anEmptyRecordHasLatestID0(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: nil).desk()
        #expect(try await desk.latestEventID() == 0)
        #expect(try await desk.events(after: 0, limit: 10).isEmpty)
    }

    /// A kind that is no kind (a file edited by hand) is reported, naming the event.
    @Test(arguments: DeskBackend.allCases) func anUnknownKindIsCorrupt(backend: DeskBackend) async throws {
        let world = try backend.make(roster: F.roster())
        let desk = world.desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let id = try await desk.latestEventID()
        if let store = world.store {
            try store.tamper(
                sqlite: "DROP TRIGGER event_is_permanent_update",
                postgres: "ALTER TABLE event DISABLE TRIGGER event_is_permanent_update",
                then: "UPDATE event SET kind = 'incident.reopened' WHERE id = \(id)")
        } else {
            let storage = try #require(world.storage as? InMemoryStorage)
            storage.corrupt { $0.events[id - 1].kind = "incident.reopened" }
        }
        let corrupt = OperationsError.corrupt("event \(id): kind 'incident.reopened'")
        await #expect(throws: corrupt) { try await desk.events(after: 0, limit: 10) }
        await #expect(throws: corrupt) { try await desk.events(incident: incident.id, limit: 10) }
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Synchronization
import Testing

/// Planning happens outside the write transaction: a plan is stored only if what it was made
/// from is unchanged; else the desk plans again.
@Suite struct DeskPlanningTests {
    typealias F = DeskFixtures

    /// A store where someone files a request between the desk's planning and its storing,
    /// the first `times` times the desk writes.
    final class InterferingStorage: IncidentStorage {
        let inner = InMemoryStorage()
        let interferences: Mutex<Int>

        init(times: Int) { interferences = Mutex(times) }

        func read<Value: Sendable>(_ body: @Sendable (any StorageReading) throws -> Value) async throws -> Value {
            try await inner.read(body)
        }

        func write<Value: Sendable>(_ body: @Sendable (any StorageWriting) throws -> Value) async throws -> Value {
            let interferes = interferences.withLock { left in
                defer { left -= 1 }
                return left > 0
            }
            if interferes {
                let other = IncidentDesk(storage: inner, clock: .fixed(try Timestamp("2026-11-02T00:30:00Z")))
                _ = try await other.file(F.shelter(), in: Incident.ID(1), by: .operatingSystemUser("other"))
            }
            return try await inner.write(body)
        }
    }

    @Test func aPlanMadeWhileTheIncidentChangedIsMadeAgainFromTheNewState() async throws {
        let storage = InterferingStorage(times: 0)
        storage.inner.importRoster(F.roster(staff: 3))
        let desk = IncidentDesk(storage: storage, clock: .fixed(try Timestamp("2026-11-02T00:00:00Z")))
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        storage.interferences.withLock { $0 = 1 }
        let outcome = try await desk.plan(incident.id, by: F.hotline)
        #expect(outcome.version == 1)
        #expect(outcome.scenario.requests.map(\.id) == ["R1", "R2"])
        #expect(outcome.newlyProposed.map(\.request.description) == ["R1", "R2"])
        #expect(try await desk.latestShortfalls(incident: incident.id)?.version == 1)
    }

    @Test func anIncidentThatNeverStopsChangingIsAConflictAndNothingIsStored() async throws {
        let storage = InterferingStorage(times: 0)
        storage.inner.importRoster(F.roster(staff: 3))
        let desk = IncidentDesk(storage: storage, clock: .fixed(try Timestamp("2026-11-02T00:00:00Z")))
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        storage.interferences.withLock { $0 = 100 }
        await #expect(throws: OperationsError.conflict("incident I1 kept changing while it was planned; plan again")) {
            try await desk.plan(incident.id, by: F.hotline)
        }
        #expect(try await desk.latestShortfalls(incident: incident.id) == nil)
        #expect(try await desk.assignments(incident: incident.id).isEmpty)
    }

    /// A store where another server stores the same plan version number first, once.
    final class RacingStorage: IncidentStorage {
        let inner = InMemoryStorage()
        let races = Mutex(0)

        func read<Value: Sendable>(_ body: @Sendable (any StorageReading) throws -> Value) async throws -> Value {
            try await inner.read(body)
        }

        func write<Value: Sendable>(_ body: @Sendable (any StorageWriting) throws -> Value) async throws -> Value {
            let races = races.withLock { left in
                defer { left -= 1 }
                return left > 0
            }
            if races { throw StorageError.conflict("plan version 1 of incident 1 exists already") }
            return try await inner.write(body)
        }
    }

    @Test func aPlanVersionNumberTakenMeanwhileIsPlannedAgain() async throws {
        let storage = RacingStorage()
        storage.inner.importRoster(F.roster(staff: 3))
        let desk = IncidentDesk(storage: storage, clock: .fixed(try Timestamp("2026-11-02T00:00:00Z")))
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        storage.races.withLock { $0 = 2 }
        let outcome = try await desk.plan(incident.id, by: F.hotline)
        #expect(outcome.version == 1 && outcome.newlyProposed.count == 1)
        #expect(storage.races.withLock { $0 } == -1)  // two refused writes, then the one that stored
    }
}

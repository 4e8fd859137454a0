import CounterpartStorage
import Foundation
import GRDB
import Testing

@testable import CounterpartCore
@testable import CounterpartOperations
@testable import CounterpartStore

/// The incident tables in SQLite: what only this backend can show (migrations, triggers).
/// The rules themselves are tested on every backend by the desk suites.
@Suite struct OperationsStoreTests {
    typealias F = DeskFixtures
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "counterpart-operations-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    var path: String { folder.appendingPathComponent("counterpart.sqlite").path }

    func storeWithRoster() throws -> RosterStore {
        let store = try RosterStore(path: path)
        _ = try store.importRosters(
            [RosterStore.ImportedFile(path: "r.xml", sha256: String(repeating: "a", count: 64), roster: F.roster())],
            user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false)
        return store
    }

    func desk(_ store: RosterStore) throws -> IncidentDesk {
        IncidentDesk(storage: store, clock: .fixed(try Timestamp("2026-11-02T00:00:00Z")))
    }

    @Test func aVersion1DatabaseGainsTheIncidentTablesAndKeepsItsRoster() async throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1: roster with permanent history")
        try queue.close()
        _ = try storeWithRoster()
        let store = try RosterStore(path: path)
        #expect(try store.currentRoster()?.staff.count == 1)
        #expect(try await desk(store).incidents().isEmpty)
    }

    @Test func theEventRecordPlanVersionsAndShortfallsCannotBeAlteredOrDeleted() async throws {
        let store = try storeWithRoster()
        let desk = try desk(store)
        let (incident, _) = try await desk.open(F.opening(requests: [F.shelter(2)]), by: F.hotline)
        _ = try await desk.plan(incident.id, by: F.hotline)
        #expect(try await desk.latestShortfalls(incident: incident.id)?.shortfalls.map(\.missing) == [1])
        for sql in [
            "UPDATE event SET text = 'x'", "DELETE FROM event", "UPDATE plan_version SET missing = 9",
            "DELETE FROM plan_version",
            "UPDATE plan_shortfall SET missing = 9", "DELETE FROM plan_shortfall",
        ] {
            #expect(throws: (any Error).self) { try store.writer.write { db in try db.execute(sql: sql) } }
        }
        #expect(try await desk.events(incident: incident.id, limit: 20).count == 3)  // opened, filed, planned
        #expect(try await desk.latestShortfalls(incident: incident.id)?.shortfalls.map(\.missing) == [1])
    }

    @Test func aSecondPlanVersionWithTheSameNumberIsAConflict() throws {
        let store = try storeWithRoster()
        _ = store
        #expect(
            RosterStore.storageError(DatabaseError(resultCode: .SQLITE_CONSTRAINT_UNIQUE))
                == .conflict("another change got there first"))
        #expect(
            RosterStore.storageError(DatabaseError(resultCode: .SQLITE_BUSY))
                == .unavailable("the database is busy; try again"))
    }
}

/// The SQLite backend reads on its own connections: a read is answered while a write
/// transaction is still open.
@Suite struct SQLiteReadsBesideWritesTests {
    typealias F = DeskFixtures

    @Test func aReadIsAnsweredWhileAWriteIsOpen() async throws {
        let world = try DeskBackend.sqlite.make(roster: F.roster())
        let desk = world.desk()
        _ = try await desk.open(F.opening(), by: F.hotline)
        let readDone = DispatchSemaphore(value: 0)
        let writeStarted = DispatchSemaphore(value: 0)
        let writing = Task {
            try await world.storage.write { rows -> DispatchTimeoutResult in
                _ = try rows.insertIncident(
                    IncidentRow(
                        id: 0, name: "書き込み中", start: "2026-11-02", rotationDays: 7, isDrill: false,
                        affected: ["382035"],
                        openedAt: "2026-11-02T00:00:00Z", openedBy: "test"))
                writeStarted.signal()
                // The transaction stays open until the read below has been answered.
                return readDone.wait(timeout: .now() + 10)
            }
        }
        writeStarted.wait()
        let seen = try await desk.incidents()
        readDone.signal()
        #expect(try await writing.value == .success)
        #expect(seen.map(\.name) == ["豪雨"])  // the snapshot before the write
        #expect(try await desk.incidents().map(\.name) == ["豪雨", "書き込み中"])
    }
}

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
            #expect(throws: (any Error).self) { try store.sqliteFile!.writer.write { db in try db.execute(sql: sql) } }
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
                return readDone.wait(timeout: .now() + 60)
            }
        }
        // Waited for without holding a thread of the cooperative pool (two on this machine),
        // which the read below needs while other suites run beside this one.
        while writeStarted.wait(timeout: .now()) == .timedOut { try await Task.sleep(for: .milliseconds(5)) }
        let seen = try await desk.incidents()
        readDone.signal()
        #expect(try await writing.value == .success)
        #expect(seen.map(\.name) == ["豪雨"])  // the snapshot before the write
        #expect(try await desk.incidents().map(\.name) == ["豪雨", "書き込み中"])
    }
}

/// The event record chained by hash: `db check` finds an event edited or deleted behind
/// Counterpart's back (the permanence triggers dropped by hand).
@Suite struct EventChainTests {
    typealias F = DeskFixtures

    func world() async throws -> (DeskWorld, RosterStore) {
        let world = try DeskBackend.sqlite.make(roster: F.roster())
        let desk = world.desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        _ = try await desk.plan(incident.id, by: F.hotline)
        _ = try await desk.close(incident.id, by: F.hotline)
        return (world, world.store!)
    }

    @Test func eventsOfAnOlderDatabaseAreChainedWhenItIsOpened() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("counterpart.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v4: permanent shortfalls, pending by incident")
        try await queue.write { db in
            for text in ["one", "two", "three"] {
                try db.execute(
                    sql:
                        "INSERT INTO event (incident_id, at, actor, subject, text) VALUES (NULL, '2026-11-02T00:00:00Z', 'x', 'N1', ?)",
                    arguments: [text])
            }
        }
        try queue.close()
        let store = try RosterStore(path: path)
        #expect(try store.integrityCheck() == ["ok"])
        let hashes = try await store.sqliteFile!.writer.read { db in
            try String?.fetchAll(db, sql: "SELECT hash FROM event")
        }
        #expect(hashes.count == 3 && hashes.allSatisfy { $0?.count == 64 })
        #expect(throws: (any Error).self) {
            try store.sqliteFile!.writer.write { db in try db.execute(sql: "UPDATE event SET text = 'x'") }
        }
    }

    @Test func aSoundRecordChecksOk() async throws {
        let (_, store) = try await world()
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func anEditedEventIsFound() async throws {
        let (_, store) = try await world()
        try await store.sqliteFile!.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_is_permanent_update")
            try db.execute(sql: "UPDATE event SET text = 'nothing happened' WHERE id = 2")
        }
        #expect(
            try store.integrityCheck() == [
                "event record: event 2 does not match its hash (edited, or a missing event before it)"
            ])
    }

    @Test func aDeletedEventIsFound() async throws {
        let (_, store) = try await world()
        try await store.sqliteFile!.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_is_permanent_delete")
            try db.execute(sql: "DELETE FROM event WHERE id = 2")
        }
        #expect(
            try store.integrityCheck() == [
                "event record: events 2 to 2 are missing (deleted?)",
                "event record: event 3 does not match its hash (edited, or a missing event before it)",
            ])
    }

    @Test func eventsMadeUnderAFixedClockAreMarked() async throws {
        let (_, store) = try await world()
        let marks = try await store.sqliteFile!.writer.read { db in
            try Bool.fetchAll(db, sql: "SELECT clock_fixed FROM event")
        }
        // The roster import, stored without a fixed clock, then the incident's four.
        #expect(marks == [false, true, true, true, true])
    }
}

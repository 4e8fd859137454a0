import CounterpartStorage
import Foundation
import GRDB
import Testing

@testable import CounterpartCore
@testable import CounterpartOperations
@testable import CounterpartStore

/// The event record in SQLite since v8: kinds and origins kept and chained, older records
/// still checking, and every stored roster import written to the record.
@Suite struct EventRecordTests {
    typealias F = DeskFixtures
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "counterpart-events-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    var path: String { folder.appendingPathComponent("counterpart.sqlite").path }

    static let file = RosterStore.ImportedFile(
        path: "r.xml", sha256: String(repeating: "a", count: 64), roster: F.roster())

    func desk(_ store: RosterStore) throws -> IncidentDesk {
        IncidentDesk(storage: store, clock: .fixed(try Timestamp("2026-11-02T00:00:00Z")))
    }

    func eventRows(_ store: RosterStore) async throws -> [EventRow] {
        try await store.read { rows in try rows.events(after: 0, limit: 100) }
    }

    /// The hash of an event without kind or origin is the one v6 and v7 wrote: the fields
    /// joined by U+001F after the previous hash.
    @Test func anEventWithoutKindOrOriginHashesAsBefore() {
        var digest = SHA256()
        digest.update(Array(["", "1", "", "2026-11-02T00:00:00Z", "x", "N1", "one"].joined(separator: "\u{1F}").utf8))
        let before = digest.hexDigest()
        #expect(
            EventChain.hash(
                previous: nil, id: 1, incident: nil, at: "2026-11-02T00:00:00Z", actor: "x", subject: "N1", text: "one"
            ) == before)
        let withKind = EventChain.hash(
            previous: nil, id: 1, incident: nil, at: "2026-11-02T00:00:00Z", actor: "x", subject: "N1", text: "one",
            kind: "notice.posted")
        let withOrigin = EventChain.hash(
            previous: nil, id: 1, incident: nil, at: "2026-11-02T00:00:00Z", actor: "x", subject: "N1", text: "one",
            origin: "notice.posted")
        #expect(Set([before, withKind, withOrigin]).count == 3)
    }

    /// A file made at v7 with events: v8 keeps their hashes, `db check` stays clean, and new
    /// events (with kinds) chain on after the old ones.
    @Test func aVersion7RecordStillChecksAndNewEventsChainAfterIt() async throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v7: accounts")
        try await queue.write { db in
            var previous: String?
            for (id, text) in ["one", "two"].enumerated().map({ ($0.offset + 1, $0.element) }) {
                let hash = EventChain.hash(
                    previous: previous, id: id, incident: nil, at: "2026-11-01T00:00:00Z", actor: "x", subject: "N1",
                    text: text)
                try db.execute(
                    sql: """
                        INSERT INTO event (id, incident_id, at, actor, subject, text, hash)
                        VALUES (?, NULL, '2026-11-01T00:00:00Z', 'x', 'N1', ?, ?)
                        """,
                    arguments: [id, text, hash])
                previous = hash
            }
        }
        let old = try await queue.read { db in try String.fetchAll(db, sql: "SELECT hash FROM event ORDER BY id") }
        try queue.close()
        let store = try RosterStore(path: path)
        #expect(try store.integrityCheck() == ["ok"])
        _ = try store.importRosters([Self.file], user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false)
        _ = try await desk(store).from("192.0.2.10").open(F.opening(), by: F.hotline)
        #expect(try store.integrityCheck() == ["ok"])
        let rows = try await eventRows(store)
        #expect(rows.map(\.id) == [1, 2, 3, 4, 5])
        #expect(rows.map(\.kind) == [nil, nil, "roster.imported", "incident.opened", "request.filed"])
        #expect(rows.map(\.origin) == [nil, nil, nil, "192.0.2.10", "192.0.2.10"])
        let hashes = try await store.sqliteFile!.writer.read { db in
            try String.fetchAll(db, sql: "SELECT hash FROM event ORDER BY id")
        }
        #expect(Array(hashes.prefix(2)) == old)
    }

    /// Editing a kind or adding an origin behind Counterpart's back breaks the chain.
    @Test(arguments: [
        "UPDATE event SET kind = 'incident.closed' WHERE id = 2",
        "UPDATE event SET kind = NULL WHERE id = 2",
        "UPDATE event SET origin = '198.51.100.7' WHERE id = 2",
    ])
    func anEditedKindOrOriginIsFound(edit: String) async throws {
        let store = try RosterStore(path: path)
        _ = try store.importRosters([Self.file], user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false)
        _ = try await desk(store).open(F.opening(), by: F.hotline)
        #expect(try store.integrityCheck() == ["ok"])
        try await store.sqliteFile!.writer.write { db in
            try db.execute(sql: "DROP TRIGGER event_is_permanent_update")
            try db.execute(sql: edit)
        }
        #expect(
            try store.integrityCheck() == [
                "event record: event 2 does not match its hash (edited, or a missing event before it)"
            ])
    }

    /// Hand-edited or not, an event without an origin says so, not with an empty one.
    @Test func anEmptyKindOrOriginIsRefused() async throws {
        let store = try RosterStore(path: path)
        await #expect(throws: StorageError.self) {
            try await store.write { rows in
                try rows.appendEvent(
                    EventRow(
                        id: 0, incident: nil, at: "2026-11-01T00:00:00Z", actor: "x", subject: "N1", text: "t",
                        kind: "", origin: nil))
            }
        }
        #expect(try await eventRows(store).isEmpty)
    }

    @Test func aStoredImportIsRecordedOnceAndADryRunOrNoChangeIsNot() async throws {
        let store = try RosterStore(path: path)
        _ = try store.importRosters([Self.file], user: "tester", time: "2026-11-01T00:00:00Z", dryRun: true)
        #expect(try await eventRows(store).isEmpty)
        let outcome = try store.importRosters(
            [Self.file], user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false, origin: "192.0.2.10")
        #expect(outcome.revision == 1)
        #expect(
            try await eventRows(store) == [
                EventRow(
                    id: 1, incident: nil, at: "2026-11-01T00:00:00Z", actor: "tester", subject: "revision 1",
                    text: "roster imported: revision 1 (full)", kind: "roster.imported", origin: "192.0.2.10")
            ])
        // The same roster again changes nothing and stores no revision: nothing to record.
        _ = try store.importRosters([Self.file], user: "tester", time: "2026-11-02T00:00:00Z", dryRun: false)
        #expect(try await eventRows(store).count == 1)
        var renewed = F.roster(staff: 2)
        renewed.scope = .municipality(F.matsuyama)
        renewed.municipalities.removeAll { $0.code != F.matsuyama }
        renewed.groups = []
        renewed.members.removeAll { $0.municipality != F.matsuyama }
        let second = try store.importRosters(
            [RosterStore.ImportedFile(path: "m.xml", sha256: String(repeating: "b", count: 64), roster: renewed)],
            user: "p-1", time: "2026-11-03T00:00:00Z", dryRun: false, isClockFixed: true)
        #expect(second.revision == 2)
        let latest = try #require(try await eventRows(store).last)
        #expect(latest.subject == "revision 2" && latest.actor == "p-1" && latest.origin == nil)
        #expect(latest.text == "roster imported: revision 2 (municipality 382019)" && latest.isClockFixed)
        let read = try await desk(store).events(after: 0, limit: 10)
        #expect(read.map(\.kind) == [.rosterImported, .rosterImported] && read.map(\.incident) == [nil, nil])
        #expect(try store.integrityCheck() == ["ok"])
    }
}

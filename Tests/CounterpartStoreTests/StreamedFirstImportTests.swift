import Foundation
import GRDB
import Testing

@testable import CounterpartCore
@testable import CounterpartStore

/// The first import with its staff stored while the file is read: the same result as the
/// ordinary import, or nothing at all.
@Suite struct StreamedFirstImportTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "counterpart-streamed-\(UUID().uuidString)")
    let ehime = try! LocalGovernmentCode("380008")
    let matsuyama = try! LocalGovernmentCode("382019")
    let uwajima = try! LocalGovernmentCode("382035")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A roster with `count` people, enough for several batches when large.
    func roster(staff count: Int) -> Roster {
        let year = try! DayRange(from: CalendarDay("2026-04-01"), to: CalendarDay("2027-03-31"))
        let summer = try! DayRange(from: CalendarDay("2026-07-01"), to: CalendarDay("2026-08-31"))
        return Roster(
            prefecture: ehime, effective: try! CalendarDay("2026-04-01"),
            municipalities: [
                Municipality(
                    code: matsuyama, name: "松山市", kind: .city, latitude: 33.8392, longitude: 132.7657,
                    dispatchCapacity: 40),
                Municipality(
                    code: uwajima, name: "宇和島市", kind: .city, latitude: 33.2233, longitude: 132.5606, population: 70820),
            ],
            groups: [
                CounterpartGroup(
                    id: "A", name: "Aグループ",
                    pairings: [
                        Pairing(affected: uwajima, primary: matsuyama, secondaries: [matsuyama], status: .proposed)
                    ])
            ],
            members: [
                HotlineMember(id: "m-1", municipality: uwajima, role: .viceMayor, name: "宇和島 太郎", phone: "0895-00-0000")
            ],
            staff: (0..<count).map { index in
                StaffPerson(
                    id: StaffID("s-\(1_000_000 + index)"), municipality: index % 3 == 0 ? uwajima : matsuyama,
                    name: "職員 \(index)", skills: JobCategorySet(index % 2 == 0 ? [.shelter, .health] : [.general]),
                    availability: index % 5 == 0 ? [] : index % 5 == 1 ? [year, summer] : [year])
            })
    }

    func file(_ roster: Roster) -> RosterStore.ImportedFile {
        RosterStore.ImportedFile(path: "roster.xml", sha256: String(repeating: "b", count: 64), roster: roster)
    }

    /// Streams `roster`'s people into `store` and finishes (or abandons) the import.
    func stream(_ roster: Roster, into store: RosterStore, abandon: Bool = false) throws -> RosterStore.ImportOutcome? {
        let streamed = StreamedFirstImport(store: store, user: "tester", time: "2026-11-23T12:00:00Z")
        roster.staff.forEach(streamed.add)
        streamed.everyoneAdded()
        if abandon {
            streamed.abandon()
            return nil
        }
        return try streamed.finish(file(roster))
    }

    func rows(_ path: String, _ sql: String) throws -> [[String]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { $0.description } }
        }
    }

    @Test func aStreamedImportStoresExactlyWhatTheOrdinaryOneStores() throws {
        let large = roster(staff: StreamedFirstImport.batchSize * 2 + 17)
        let streamedStore = try RosterStore(path: path("streamed.sqlite"))
        let outcome = try #require(try stream(large, into: streamedStore))
        let ordinaryStore = try RosterStore(path: path("ordinary.sqlite"))
        let ordinary = try ordinaryStore.importRosters(
            [file(large)], user: "tester", time: "2026-11-23T12:00:00Z", dryRun: false)

        #expect(outcome.revision == 1)
        #expect(outcome.changes == ordinary.changes)
        #expect(outcome.changes.staff.added.count == 8209)
        #expect(try streamedStore.currentRoster() == ordinaryStore.currentRoster())
        for table in ["revision", "revision_file", "municipality", "counterpart_group", "pairing", "member", "staff"] {
            let sql = "SELECT * FROM \(table) ORDER BY rowid"
            #expect(try rows(path("streamed.sqlite"), sql) == rows(path("ordinary.sqlite"), sql), "table \(table)")
        }
        #expect(try streamedStore.integrityCheck() == ["ok"])
    }

    func staffIndexes(_ path: String) throws -> [[String]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(
                db, sql: "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'staff' AND type = 'index' ORDER BY name"
            )
            .map { [$0["name"], $0["sql"]] }
        }
    }

    @Test func theStaffIndexesComeBackExactlyAsTheMigrationMadeThem() throws {
        let store = try RosterStore(path: path("indexes.sqlite"))
        let before = try staffIndexes(path("indexes.sqlite"))
        #expect(before == StoreSchema.staffIndexes.map { [$0.name, $0.sql] }.sorted { $0[0] < $1[0] })
        _ = try #require(try stream(roster(staff: 10), into: store))
        let after = try staffIndexes(path("indexes.sqlite"))
        #expect(after == before)
        // The unique index works again: a second version of a current person is refused.
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: path("indexes.sqlite")).write { db in
                try db.execute(
                    sql:
                        "INSERT INTO staff (staff_id, municipality, name, skills, availability, valid_from) VALUES ('s-1000000', '382019', 'x', 'general', '', 1)"
                )
            }
        }
    }

    @Test func anAbandonedImportLeavesTheFileByteIdentical() throws {
        let store = try RosterStore(path: path("abandoned.sqlite"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path("abandoned.sqlite")))
        _ = try stream(roster(staff: StreamedFirstImport.batchSize + 1), into: store, abandon: true)
        #expect(try store.holdsNoRoster())
        #expect(try store.revisions().isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("abandoned.sqlite"))) == before)
    }

    @Test func aStoreThatAlreadyHoldsARosterIsLeftToTheOrdinaryImport() throws {
        let store = try RosterStore(path: path("held.sqlite"))
        _ = try store.importRosters(
            [file(roster(staff: 3))], user: "tester", time: "2026-11-23T12:00:00Z", dryRun: false)
        #expect(try stream(roster(staff: 5), into: store) == nil)
        #expect(try store.revisions().count == 1)
        #expect(try store.currentRoster()?.staff.count == 3)
    }

    @Test func aFileThatHandedOverSomeoneElseIsNotCommitted() throws {
        let store = try RosterStore(path: path("mismatch.sqlite"))
        let streamed = StreamedFirstImport(store: store, user: "tester", time: "2026-11-23T12:00:00Z")
        let whole = roster(staff: 4)
        whole.staff.dropLast().forEach(streamed.add)
        streamed.everyoneAdded()
        #expect(try streamed.finish(file(whole)) == nil)
        #expect(try store.holdsNoRoster())
    }
}

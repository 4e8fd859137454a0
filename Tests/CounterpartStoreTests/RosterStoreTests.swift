import Foundation
import GRDB
import Testing

@testable import CounterpartCore
@testable import CounterpartStore

@Suite struct RosterStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counterpart-store-\(UUID().uuidString)")
    let ehime = try! LocalGovernmentCode("380008")
    let matsuyama = try! LocalGovernmentCode("382019")
    let uwajima = try! LocalGovernmentCode("382035")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    var path: String { folder.appendingPathComponent("counterpart.sqlite").path }

    func person(_ id: String, _ code: LocalGovernmentCode, _ skills: [JobCategory] = [.shelter]) -> StaffPerson {
        StaffPerson(
            id: StaffID(id), municipality: code, name: "職員 \(id)", skills: JobCategorySet(skills),
            availability: [try! DayRange(from: CalendarDay("2026-04-01"), to: CalendarDay("2027-03-31"))])
    }

    var full: Roster {
        Roster(
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
                    pairings: [Pairing(affected: uwajima, primary: matsuyama, status: .proposed)])
            ],
            members: [
                HotlineMember(
                    id: "m-1", municipality: uwajima, role: .viceMayor, name: "宇和島 太郎", phone: "0895-00-0000"),
                HotlineMember(id: "p-1", municipality: ehime, role: .hqPromotion, name: "県庁 花子"),
            ],
            staff: [person("s-2", matsuyama), person("s-1", matsuyama, [.shelter, .health]), person("u-1", uwajima)])
    }

    func file(_ roster: Roster, _ name: String = "roster.xml") -> RosterStore.ImportedFile {
        RosterStore.ImportedFile(path: name, sha256: String(repeating: "a", count: 64), roster: roster)
    }

    func importing(_ store: RosterStore, _ rosters: [Roster], dryRun: Bool = false) throws -> RosterStore.ImportOutcome
    {
        try store.importRosters(rosters.map { file($0) }, user: "tester", time: "2026-11-23T12:00:00Z", dryRun: dryRun)
    }

    @Test func aNewDatabaseIsEmptyAndPrivate() throws {
        let store = try RosterStore(path: path)
        #expect(try store.currentRoster() == nil)
        #expect(try store.revisions().isEmpty)
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
        #expect(mode & 0o077 == 0)
    }

    @Test func aFullImportIsStoredAndReadBackInKeyOrder() throws {
        let store = try RosterStore(path: path)
        let outcome = try importing(store, [full])
        #expect(outcome.revision == 1)
        #expect(outcome.changes.staff.added == ["s-2", "s-1", "u-1"])
        let stored = try #require(try store.currentRoster())
        var expected = full
        expected.staff.sort { $0.id < $1.id }
        expected.members.sort { $0.id < $1.id }
        #expect(stored == expected)
        #expect(try store.revisions().map(\.user) == ["tester"])
    }

    @Test func importingTheSameRosterAgainChangesNothing() throws {
        let store = try RosterStore(path: path)
        _ = try importing(store, [full])
        let again = try importing(store, [try #require(try store.currentRoster())])
        #expect(again.revision == nil && again.changes.isEmpty)
        #expect(try store.revisions().count == 1)
    }

    @Test func aMunicipalityFileReplacesOnlyItsStaffAndEarlierRevisionsStayAsTheyWere() throws {
        let store = try RosterStore(path: path)
        _ = try importing(store, [full])
        let change = Roster(
            prefecture: ehime, effective: try CalendarDay("2027-04-01"), scope: .municipality(matsuyama),
            staff: [person("s-1", matsuyama, [.health]), person("s-3", matsuyama)])
        let outcome = try importing(store, [change])
        #expect(outcome.revision == 2)
        #expect(outcome.changes.staff.changed == [.init(key: "s-1", fields: ["skills"])])
        #expect(outcome.changes.staff.added == ["s-3"] && outcome.changes.staff.removed == ["s-2"])
        #expect(try store.currentRoster()?.staff.map(\.id) == ["s-1", "s-3", "u-1"])
        #expect(try store.roster(asOf: 1).staff.map(\.id) == ["s-1", "s-2", "u-1"])
        #expect(try store.roster(asOf: 1).staff[0].skills == JobCategorySet([.shelter, .health]))
        // One town's renewal moves that town's day only (the April trap): the roster keeps its own.
        #expect(try store.roster(asOf: 1).effective.description == "2026-04-01")
        #expect(try store.roster(asOf: 1).listsEffective.isEmpty)
        #expect(try store.currentRoster()?.effective.description == "2026-04-01")
        #expect(try store.currentRoster()?.listsEffective == [matsuyama: try CalendarDay("2027-04-01")])
        #expect(throws: StoreError.unknownRevision(9)) { try store.roster(asOf: 9) }
    }

    @Test func eachListKeepsItsDayAndAnOlderFileIsRefusedUnlessAllowed() throws {
        let store = try RosterStore(path: path)
        _ = try importing(store, [full])
        let renewal = Roster(
            prefecture: ehime, effective: try CalendarDay("2027-04-01"), scope: .municipality(matsuyama),
            staff: [person("s-2", matsuyama), person("s-1", matsuyama, [.shelter, .health])])
        // The same people, a new day: the list's day alone is a change worth a revision.
        let renewed = try importing(store, [renewal])
        #expect(renewed.revision == 2 && renewed.changes.listDays.added == ["382019"])
        #expect(renewed.changes.staff.isEmpty && renewed.changes.headerFields.isEmpty)
        #expect(try importing(store, [renewal]).revision == nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var older = renewal
        older.effective = try CalendarDay("2026-10-01")
        #expect(
            throws: StoreError.earlierEffective(
                file: "roster.xml", found: try CalendarDay("2026-10-01"), stored: try CalendarDay("2027-04-01"),
                list: "松山市 (382019)")
        ) { try importing(store, [older]) }
        // Last year's full roster would take 松山市's renewed list back.
        #expect(
            throws: StoreError.earlierEffective(
                file: "roster.xml", found: try CalendarDay("2026-04-01"), stored: try CalendarDay("2027-04-01"),
                list: "松山市 (382019)")
        ) { try importing(store, [full]) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try store.currentRoster()?.listsEffective == [matsuyama: try CalendarDay("2027-04-01")])
        let forced = try store.importRosters(
            [file(full)], user: "tester", time: "2026-11-23T12:00:00Z", dryRun: false, allowsEarlier: true)
        #expect(forced.revision == 3 && forced.changes.listDays.removed == ["382019"])
        #expect(try store.currentRoster()?.listsEffective.isEmpty == true)
        #expect(try store.roster(asOf: 2).listsEffective == [matsuyama: try CalendarDay("2027-04-01")])
    }

    @Test func aBadBatchLeavesTheDatabaseByteForByte() throws {
        let store = try RosterStore(path: path)
        _ = try importing(store, [full])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // A municipality file that reuses the id of another municipality's person.
        let clash = Roster(
            prefecture: ehime, effective: try CalendarDay("2027-04-01"), scope: .municipality(uwajima),
            staff: [person("s-1", uwajima)])
        #expect(throws: StoreError.self) { try importing(store, [clash]) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try store.revisions().count == 1)
    }

    @Test func aDryRunStoresNothing() throws {
        let store = try RosterStore(path: path)
        let outcome = try importing(store, [full], dryRun: true)
        #expect(outcome.revision == nil && !outcome.changes.isEmpty)
        #expect(try store.currentRoster() == nil)
    }

    @Test func aForeignFileIsRefusedUntouched() throws {
        let text = folder.appendingPathComponent("notes.txt").path
        _ = FileManager.default.createFile(atPath: text, contents: Data("hello".utf8))
        #expect(throws: StoreError.notACounterpartDatabase(path: text)) { try RosterStore(path: text) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == Data("hello".utf8))
    }

    @Test func anotherApplicationsDatabaseIsRefusedUntouched() throws {
        let other = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: StoreError.notACounterpartDatabase(path: other)) { try RosterStore(path: other) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    @Test func aDatabaseFromANewerCounterpartIsRefusedUntouched() throws {
        _ = try importing(try RosterStore(path: path), [full])
        let queue = try DatabaseQueue(path: path)
        try queue.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path)) { try RosterStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anEmptyExistingFileIsMigrated() throws {
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let store = try RosterStore(path: path)
        #expect(try store.currentRoster() == nil)
        #expect(try store.integrityCheck() == ["ok"])
        _ = try importing(store, [full])
        #expect(try RosterStore(path: path).revisions().count == 1)
    }
}

import Foundation
import GRDB
import Testing

@testable import CounterpartCore
@testable import CounterpartStore

/// Opening the file meant, and nothing else: no database started by a command that may not
/// start one, real reasons for files that cannot be opened, backups that never overwrite,
/// never copy a stand-in, and are checked.
@Suite struct RosterStoreOpeningTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counterpart-open-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The folder's files, without the write-ahead log of an open database.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm")
        }.sorted()
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    /// A store with a small roster stored.
    func filledStore(_ name: String = "live.sqlite") throws -> RosterStore {
        let store = try RosterStore(path: path(name))
        let code = try LocalGovernmentCode("382019")
        let roster = Roster(
            prefecture: try LocalGovernmentCode("380008"), effective: try CalendarDay("2026-04-01"),
            municipalities: [Municipality(code: code, name: "松山市", kind: .city, latitude: 33.8, longitude: 132.7)],
            staff: [StaffPerson(id: "s-1", municipality: code, name: "松山 一郎", skills: JobCategorySet([.shelter]))])
        _ = try store.importRosters(
            [RosterStore.ImportedFile(path: "r.xml", sha256: String(repeating: "a", count: 64), roster: roster)],
            user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false)
        return store
    }

    @Test func aMissingFileIsCreatedOnlyWhenAsked() throws {
        #expect(throws: StoreError.noDatabase(path: path("typo.sqlite"))) {
            try RosterStore(path: path("typo.sqlite"), mayCreate: false)
        }
        #expect(try entries() == [])
        _ = try RosterStore(path: path("new.sqlite"), mayCreate: true)
        #expect(try entries().first == "new.sqlite")
        #expect(try mode(path("new.sqlite")) & 0o777 == 0o600)
    }

    @Test func aFolderIsNoDatabase() throws {
        try FileManager.default.createDirectory(atPath: path("folder"), withIntermediateDirectories: false)
        #expect(throws: StoreError.cannotOpen(path: path("folder"), reason: "it is not a regular file")) {
            try RosterStore(path: path("folder"))
        }
    }

    @Test func aDamagedFileIsCalledDamagedAndLeftUntouched() throws {
        _ = try filledStore()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path("live.sqlite")))
        try handle.seek(toOffset: 100)
        handle.write(Data(repeating: 0xFF, count: 3000))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path("live.sqlite")))
        #expect(
            throws: StoreError.damaged(path: path("live.sqlite"), reason: "database disk image is malformed")
        ) { try RosterStore(path: path("live.sqlite")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("live.sqlite"))) == before)
    }

    /// What SQLite says when opening fails becomes the real reason, never "not a Counterpart database".
    @Test func sqliteFailuresKeepTheirReason() {
        let file = path("x.sqlite")
        #expect(
            StoreError.opening(file, failedWith: DatabaseError(resultCode: .SQLITE_FULL))
                == .cannotOpen(path: file, reason: "the disk is full"))
        #expect(
            StoreError.opening(file, failedWith: DatabaseError(resultCode: .SQLITE_CORRUPT, message: "malformed"))
                == .damaged(path: file, reason: "malformed"))
        #expect(
            StoreError.opening(file, failedWith: DatabaseError(resultCode: .SQLITE_BUSY))
                == .cannotOpen(path: file, reason: "another process keeps the database locked; try again"))
        // The file does not exist: reading it is what fails.
        #expect(
            StoreError.opening(file, failedWith: DatabaseError(resultCode: .SQLITE_CANTOPEN))
                == .cannotOpen(path: file, reason: "the file cannot be read (No such file or directory)"))
    }

    @Test func aBackupIsPrivateCheckedAndNeverReplacesWithoutBeingAsked() throws {
        let store = try filledStore()
        let copy = path("copy.sqlite")
        let outcome = try store.backUp(to: copy)
        #expect(outcome.rowCounts["staff"] == 1 && outcome.rowCounts["revision"] == 1)
        #expect(try mode(copy) & 0o777 == 0o600)
        #expect(try RosterStore(path: copy, mayCreate: false).currentRoster() == store.currentRoster())
        #expect(try entries() == ["copy.sqlite", "live.sqlite"])
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        #expect(throws: StoreError.backupTargetExists(path: copy)) { try store.backUp(to: copy) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
        #expect(try entries() == ["copy.sqlite", "live.sqlite"])
        _ = FileManager.default.createFile(atPath: copy, contents: Data("old".utf8))
        #expect(try store.backUp(to: copy, replacing: true).rowCounts == outcome.rowCounts)
        #expect(try RosterStore(path: copy, mayCreate: false).revisions().count == 1)
        #expect(throws: StoreError.backupOntoItself(path: path("live.sqlite"))) {
            try store.backUp(to: path("live.sqlite"), replacing: true)
        }
        #expect(throws: StoreError.self) { try store.backUp(to: path("no-such-folder/copy.sqlite")) }
        #expect(try entries() == ["copy.sqlite", "live.sqlite"])
    }
}

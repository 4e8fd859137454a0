import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The database you meant: only an import starts a new one; every other command says which
/// file it looked for; a backup never overwrites, never copies an empty stand-in, and checks
/// its copy; a file is called "not a Counterpart database" only when it is none.
@Suite struct DatabaseChoiceTests {
    let folder = ScratchFolder()
    let ehime = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path

    /// The folder's entries (hidden ones too), to see that nothing was created.
    func entries(_ url: URL? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (url ?? folder.url).path).sorted()
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    static let missingMessage =
        "Choose the database with --db FILE or COUNTERPART_DB=FILE; 'counterpart roster import ROSTER.xml' starts a new one.\n"

    @Test(arguments: [
        ["roster", "history"], ["roster", "show"], ["roster", "contacts"], ["roster", "export"],
        ["roster", "diff", "Data/ehime/roster.xml"], ["roster", "import", "--dry-run", "Data/ehime/roster.xml"],
        ["incident", "list"], ["incident", "open", "--name", "豪雨", "--start", "2026-11-02", "--affected", "宇和島市"],
        ["followup"], ["sitrep", "--incident", "I1"], ["ack", "R1", "--member", "hq-1"],
        ["notice", "post", "--title", "x", "--body", "y"], ["notice", "list"], ["notice", "show", "N1"],
        ["db", "check"], ["db", "backup", "copy.sqlite"],
        ["roster", "import", "--force", "--dry-run", "Data/ehime/roster.xml"],
        ["plan", "--scenario", "Data/ehime/drill-heavy-rain.xml"],
    ])
    func noCommandButAnImportStartsADatabase(arguments: [String]) throws {
        let arguments = arguments.map {
            $0.hasPrefix("Data/") ? CommandRunner.repositoryRoot.appendingPathComponent($0).path : $0
        }
        let result = try CommandRunner.run(arguments, in: folder.url, environment: ["COUNTERPART_DB": ""])
        #expect(result.status == 1)
        let looked = folder.url.standardizedFileURL.appendingPathComponent("counterpart.sqlite").path
        #expect(
            result.standardError
                == "no database at \(looked) (the default, counterpart.sqlite in the current folder); nothing was created.\n"
                + Self.missingMessage)
        #expect(result.standardOutput.isEmpty)
        #expect(try entries() == [])
    }

    @Test func theMessageSaysWhereThePathCameFrom() throws {
        let fromFlag = try CommandRunner.run(["incident", "list", "--db", folder.path("typo.sqlite")], in: folder.url)
        #expect(
            fromFlag.standardError
                == "no database at \(folder.path("typo.sqlite")) (given with --db); nothing was created.\n"
                + Self.missingMessage)
        let fromEnvironment = try CommandRunner.run(
            ["followup"], in: folder.url, environment: ["COUNTERPART_DB": folder.path("env.sqlite")])
        #expect(
            fromEnvironment.standardError
                == "no database at \(folder.path("env.sqlite")) (from COUNTERPART_DB); nothing was created.\n"
                + Self.missingMessage)
        #expect(try entries() == [])
    }

    @Test func anImportStartsAPrivateDatabase() throws {
        let result = try CommandRunner.run(
            ["roster", "import", "\(ehime)/roster.xml"], in: folder.url, environment: ["COUNTERPART_DB": ""])
        #expect(result.status == 0)
        #expect(try entries() == ["counterpart.sqlite"])
        #expect(try mode(folder.path("counterpart.sqlite")) & 0o777 == 0o600)
        #expect(try CommandRunner.run(["incident", "list"], in: folder.url).standardOutput == "No incidents yet.\n")
    }

    /// Run from the wrong folder, a backup onto the live file wipes nothing: the source is
    /// missing, so nothing is copied and nothing created.
    @Test func aBackupFromTheWrongFolderLeavesTheLiveDatabaseAlone() throws {
        let live = folder.path("live.sqlite")
        #expect(try CommandRunner.run(["roster", "import", "\(ehime)/roster.xml", "--db", live]).status == 0)
        let before = try bytes(live)
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let result = try CommandRunner.run(
            ["db", "backup", "../live.sqlite"], in: elsewhere, environment: ["COUNTERPART_DB": ""])
        #expect(result.status == 1 && result.standardError.hasPrefix("no database at "))
        #expect(try bytes(live) == before)
        #expect(try entries(elsewhere) == [])
        #expect(try entries() == ["elsewhere", "live.sqlite"])
    }

    @Test func aBackupRefusesAnExistingFileUnlessForcedAndWritesAPrivateCheckedCopy() throws {
        let live = folder.path("live.sqlite")
        #expect(try CommandRunner.run(["roster", "import", "\(ehime)/roster.xml", "--db", live]).status == 0)
        let copy = folder.write("copy.sqlite", "last week's copy")
        let refused = try CommandRunner.run(["db", "backup", copy, "--db", live])
        #expect(refused.status == 1)
        #expect(
            refused.standardError
                == "\(copy) exists already; the backup did not replace it (add --force to replace it)\n")
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "last week's copy")
        let forced = try CommandRunner.run(["db", "backup", copy, "--db", live, "--force"])
        #expect(forced.status == 0)
        #expect(
            forced.standardOutput.hasPrefix(
                "backed up \(live) to \(copy)\nchecked: the copy is sound and holds the same "))
        #expect(try mode(copy) & 0o777 == 0o600)
        #expect(try entries() == ["copy.sqlite", "live.sqlite"])
        let history = try CommandRunner.run(["roster", "history", "--db", copy])
        #expect(history.status == 0 && history.standardOutput.hasPrefix("revision 1  "))
        let onto = try CommandRunner.run(["db", "backup", live, "--db", live, "--force"])
        #expect(
            onto.status == 1
                && onto.standardError == "\(live) is the database itself; a backup cannot replace the file it copies\n")
        let fresh = folder.path("fresh.sqlite")
        #expect(try CommandRunner.run(["db", "backup", fresh, "--db", live]).status == 0)
        #expect(try mode(fresh) & 0o777 == 0o600)
    }

    @Test func aDamagedFileIsCalledDamagedAndLeftAlone() throws {
        let database = folder.path("damaged.sqlite")
        #expect(try CommandRunner.run(["roster", "import", "\(ehime)/roster.xml", "--db", database]).status == 0)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: database))
        try handle.seek(toOffset: 100)
        handle.write(Data(repeating: 0xFF, count: 3000))
        try handle.close()
        let before = try bytes(database)
        let result = try CommandRunner.run(["roster", "history", "--db", database])
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(database): the database file is damaged (database disk image is malformed); it was left untouched; "
                + "restore a backup, or choose another file with --db or COUNTERPART_DB\n")
        #expect(try bytes(database) == before)
    }

    /// A folder that cannot be written (SQLite needs it for its write-ahead log) is named as
    /// such. Run as another user when the tests run as root, whom permissions do not stop.
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyFolderIsNamedAsTheReason() throws {
        let locked = folder.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let database = locked.appendingPathComponent("counterpart.sqlite").path
        #expect(try CommandRunner.run(["roster", "import", "\(ehime)/roster.xml", "--db", database]).status == 0)
        let before = try bytes(database)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
        if getuid() == 0 {
            try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: database)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let result: CommandRunner.Result
        if getuid() == 0 {
            result = try CommandRunner.run(
                [
                    "--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path, "roster", "history",
                    "--db", database,
                ],
                executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        } else {
            result = try CommandRunner.run(["roster", "history", "--db", database])
        }
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(database): cannot open the database: the folder \(locked.path) cannot be written (Permission denied); "
                + "SQLite keeps its write-ahead log (-wal, -shm) beside the database\n")
        #expect(try bytes(database) == before)
    }
}

import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The store under real processes: killed in the middle of an import, and two imports at once.
@Suite(.serialized) struct StoreSafetyTests {
    let folder = ScratchFolder()
    var database: String { folder.path("counterpart.sqlite") }

    func generate(_ seed: Int, staff: Int) throws -> String {
        let path = folder.path("roster-\(seed).xml")
        let result = try CommandRunner.run([
            "generate", "roster", "--seed", String(seed), "--municipalities", "50", "--staff", String(staff), "-o",
            path,
        ])
        #expect(result.status == 0)
        return path
    }

    /// Starts `counterpart roster import FILE` and kills it with SIGKILL after the given time.
    func importKilled(_ file: String, afterMicroseconds delay: Int) throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["roster", "import", file, "--db", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: [1, 2, 3])
    func anImportKilledAtARandomMomentLeavesThePreviousRevisionIntact(round: Int) throws {
        let small = try generate(100 + round, staff: 500)
        let large = try generate(200 + round, staff: 150_000)
        #expect(try CommandRunner.run(["roster", "import", small, "--db", database]).status == 0)
        let before = try CommandRunner.run(["roster", "export", "--db", database]).outputBytes
        // 0.4, 1.2 or 2 s in: while reading, and (in a debug build, which takes about 2.6 s
        // for this file) while comparing and writing the new revision. The same moments every run.
        try importKilled(large, afterMicroseconds: 400_000 + 800_000 * (round - 1))
        let check = try CommandRunner.run(["db", "check", "--db", database])
        #expect(check.status == 0 && check.standardOutput == "ok\n")
        let history = try CommandRunner.run(["roster", "history", "--db", database]).standardOutput
        if history.contains("revision 2") {
            // The import finished before the kill: it is whole.
            #expect(
                try CommandRunner.run(["roster", "export", "--as-of", "1", "--db", database]).outputBytes == before)
        } else {
            #expect(try CommandRunner.run(["roster", "export", "--db", database]).outputBytes == before)
        }
    }

    /// A first import stores people while it reads, in one transaction: killed at any
    /// moment, it leaves a sound file with no roster at all.
    @Test(arguments: [1, 2])
    func aFirstImportKilledWhileStoringLeavesNoRoster(round: Int) throws {
        let large = try generate(400 + round, staff: 150_000)
        // An empty file chosen on purpose: commands other than an import open it, never create it.
        _ = FileManager.default.createFile(atPath: database, contents: nil)
        #expect(try CommandRunner.run(["roster", "history", "--db", database]).status == 0)
        // 0.3 and 0.9 s in: while people are read and stored, and while the index is built
        // and the transaction commits (a debug build takes about 1.4 s for this file).
        try importKilled(large, afterMicroseconds: 300_000 + 600_000 * (round - 1))
        let check = try CommandRunner.run(["db", "check", "--db", database])
        #expect(check.status == 0 && check.standardOutput == "ok\n")
        let history = try CommandRunner.run(["roster", "history", "--db", database]).standardOutput
        #expect(history == "no revisions yet\n" || history.hasPrefix("revision 1 "))
        if history.hasPrefix("revision 1 ") {
            #expect(try CommandRunner.run(["roster", "export", "--db", database]).status == 0)
        }
    }

    @Test func twoImportsAtOnceBothComplete() throws {
        let first = try generate(301, staff: 20_000)
        let second = try generate(302, staff: 20_000)
        _ = FileManager.default.createFile(atPath: database, contents: nil)
        #expect(try CommandRunner.run(["roster", "history", "--db", database]).status == 0)
        let errors = [Pipe(), Pipe()]
        let processes = zip([first, second], errors).map { path, error -> Process in
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["roster", "import", path, "--db", database]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = error
            return process
        }
        for process in processes { try process.run() }
        let messages = errors.map { String(decoding: CommandRunner.readAll($0.fileHandleForReading), as: UTF8.self) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0], "\(messages)")
        let history = try CommandRunner.run(["roster", "history", "--db", database]).standardOutput
        #expect(history.contains("revision 1") && history.contains("revision 2"))
        #expect(try CommandRunner.run(["db", "check", "--db", database]).standardOutput == "ok\n")
    }
}

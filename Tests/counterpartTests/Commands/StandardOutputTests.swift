import Foundation
import Testing

/// Issue 14, item 10: a command whose standard output cannot be written (a full disk, here
/// `/dev/full`) says so on standard error and exits 1, instead of losing its output with
/// status 0.
@Suite struct StandardOutputTests {
    let folder = ScratchFolder()
    var database: String { folder.path("counterpart.sqlite") }
    let roster = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path
    let scenario = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/drill-heavy-rain.xml").path
    let demand = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/demand-flood.xml").path

    static let sentence = "Error: standard output: cannot write: No space left on device\n"

    func run(_ arguments: [String], to output: String? = "/dev/full") throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments, in: folder.url,
            environment: ["COUNTERPART_DB": database, "COUNTERPART_NOW": "2026-11-02T00:00:00Z"],
            standardOutputPath: output)
    }

    /// A stored roster and an open incident, so that every command has something to print.
    func prepare() throws {
        #expect(try run(["roster", "import", roster], to: nil).status == 0)
        let opened = try run(
            ["incident", "open", "--name", "南予豪雨", "--start", "2026-11-02", "--affected", "宇和島市"], to: nil)
        #expect(opened.status == 0)
    }

    @Test(arguments: [
        ["validate", "ROSTER"],
        ["plan", "--roster", "ROSTER", "--scenario", "SCENARIO"],
        ["plan", "--roster", "ROSTER", "--scenario", "SCENARIO", "--format", "text"],
        ["plan", "--roster", "ROSTER", "--scenario", "SCENARIO", "--explain", "r-001"],
        ["drill", "run", "SCENARIO", "--roster", "ROSTER"],
        ["coverage", "--roster", "ROSTER", "--demand", "DEMAND"],
        ["coverage", "--roster", "ROSTER", "--demand", "DEMAND", "--format", "csv"],
        ["roster", "import", "ROSTER"],
        ["roster", "diff", "ROSTER"],
        ["roster", "show"],
        ["roster", "contacts"],
        ["roster", "export"],
        ["roster", "history"],
        ["generate", "roster", "--seed", "1"],
        ["generate", "scenario", "--seed", "1"],
        ["db", "check"],
        ["incident", "list"],
        ["incident", "show", "I1"],
        ["request", "list", "--incident", "I1"],
        ["sitrep", "--incident", "I1"],
        ["sitrep", "--incident", "I1", "--format", "markdown"],
        ["--help"],
        ["help", "roster"],
        ["roster", "import", "--help"],
    ])
    func aCommandThatCannotWriteItsOutputSaysSoAndExitsOne(_ arguments: [String]) throws {
        try prepare()
        let substituted = arguments.map {
            ["ROSTER": roster, "SCENARIO": scenario, "DEMAND": demand][$0] ?? $0
        }
        let written = try run(substituted, to: nil)
        #expect(written.status == 0 && !written.standardOutput.isEmpty, "the command prints something")
        let result = try run(substituted)
        #expect(result.status == 1)
        #expect(result.standardError == StandardOutputTests.sentence)
    }
}

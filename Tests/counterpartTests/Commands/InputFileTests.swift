import Foundation
import Testing

/// Issue 14, item 19: an input that is a FIFO (or another file that is not a regular one) is
/// refused before it is opened, by every command and for every file it reads; it used to
/// hang forever, waiting for a writer. Each run is ended after 20 seconds, so that a hang
/// fails the test instead of stopping the run.
@Suite struct InputFileTests {
    let folder = ScratchFolder()
    var database: String { folder.path("counterpart.sqlite") }
    let roster = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path
    let scenario = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/drill-heavy-rain.xml").path
    let demand = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/demand-flood.xml").path

    @Test(arguments: [
        ["validate", "FIFO"],
        ["validate", "ROSTER", "FIFO"],
        ["plan", "--roster", "FIFO", "--scenario", "SCENARIO"],
        ["plan", "--roster", "ROSTER", "--scenario", "FIFO"],
        ["drill", "run", "FIFO", "--roster", "ROSTER"],
        ["drill", "run", "SCENARIO", "--roster", "FIFO"],
        ["coverage", "--roster", "FIFO", "--demand", "DEMAND"],
        ["coverage", "--roster", "ROSTER", "--demand", "FIFO"],
        ["roster", "import", "FIFO"],
        ["roster", "import", "ROSTER", "FIFO"],
        ["roster", "diff", "FIFO"],
        ["generate", "scenario", "--seed", "1", "--roster", "FIFO"],
    ])
    func aFIFOIsRefusedWithoutWaiting(_ arguments: [String]) throws {
        let fifo = folder.path("input.xml")
        #expect(mkfifo(fifo, 0o600) == 0)
        let substituted = arguments.map {
            ["FIFO": fifo, "ROSTER": roster, "SCENARIO": scenario, "DEMAND": demand][$0] ?? $0
        }
        if arguments.starts(with: ["roster", "diff"]) {
            // A diff compares with a stored roster: only `roster import` starts a database.
            _ = try CommandRunner.run(
                ["roster", "import", roster], in: folder.url, environment: ["COUNTERPART_DB": database])
        }
        let started = ContinuousClock.now
        let result = try CommandRunner.run(
            substituted, in: folder.url, environment: ["COUNTERPART_DB": database], timeout: .seconds(20))
        #expect(ContinuousClock.now - started < .seconds(15), "no wait for a writer")
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("\(fifo): is not a regular file\n"), "\(result.standardError)")
        #expect(!result.standardOutput.contains(fifo))
    }
}

import Foundation

/// Import: a synthetic roster of STAFF people (1,000,000 by default) imported into a new
/// database by `counterpart roster import`, next to `xmllint --stream --noout` on the file;
/// then the same file imported again (the ordinary way: compared, nothing to store).
enum ImportBenchmark {
    static func run(staff: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-import-benchmark-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.xml").path
        let generation = ChildProcess.measure([
            Benchmark.counterpart, "generate", "roster", "--seed", "2026", "--municipalities", "1741", "--staff",
            String(staff), "-o", roster,
        ])
        guard generation.status == 0 else {
            print(
                "could not generate the roster with \(Benchmark.counterpart): build it first (swift build -c release)")
            return
        }
        let megabytes =
            Double((try FileManager.default.attributesOfItem(atPath: roster)[.size] as? Int) ?? 0) / 1_048_576
        print(
            "Import benchmark: synthetic roster, \(staff) staff, \(Benchmark.format(megabytes)) MB, into a new database"
        )
        var run = 0
        let ours = Benchmark.best(of: 2) {
            run += 1
            let database = folder.appendingPathComponent("run-\(run).sqlite").path
            return ChildProcess.measure([Benchmark.counterpart, "roster", "import", roster, "--db", database])
        }
        print(Benchmark.row("counterpart roster import", ours, megabytes: megabytes))
        // The ordinary way, for comparison: the same file again into the filled database
        // (read, load the stored roster, compare; nothing changes, nothing is written).
        let again = ChildProcess.measure([
            Benchmark.counterpart, "roster", "import", roster, "--db",
            folder.appendingPathComponent("run-1.sqlite").path,
        ])
        print(Benchmark.row("  again (no changes)", again, megabytes: megabytes))
        guard
            let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(
                where: FileManager.default.isExecutableFile(atPath:))
        else {
            print("xmllint not found: install libxml2-utils for the comparison")
            return
        }
        let reference = Benchmark.best(of: 2) { ChildProcess.measure([xmllint, "--stream", "--noout", roster]) }
        print(Benchmark.row("xmllint --stream --noout", reference, megabytes: megabytes))
        print(
            "ratio (counterpart / xmllint): \(Benchmark.format(ours.seconds / reference.seconds))x time; target at most 3x, peak memory under 500 MB"
        )
    }
}

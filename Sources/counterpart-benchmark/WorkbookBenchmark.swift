import Foundation

/// Workbooks: for a municipality of each size given (1,500 and 20,000 staff by default), a
/// synthetic roster whose one municipality holds them all is imported, then timed:
/// `roster template` writing its workbook, and `roster import` reading the workbook back
/// (unchanged: read, checked, compared with the stored roster, nothing stored).
enum WorkbookBenchmark {
    static func run(sizes: [Int]) throws {
        for staff in sizes { try run(staff: staff) }
    }

    static func run(staff: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-workbook-benchmark-\(getpid())-\(staff)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("roster.xml").path
        let database = folder.appendingPathComponent("counterpart.sqlite").path
        let workbook = folder.appendingPathComponent("municipality.xlsx").path
        let setUp = [
            [
                Benchmark.counterpart, "generate", "roster", "--seed", "2026", "--municipalities", "1", "--staff",
                String(staff), "-o", roster,
            ],
            [Benchmark.counterpart, "roster", "import", roster, "--db", database],
        ]
        for arguments in setUp where ChildProcess.measure(arguments).status != 0 {
            print("could not prepare the roster with \(Benchmark.counterpart): build it first (swift build -c release)")
            return
        }
        // The one municipality of a synthetic roster: prefix 10001, check digit 1.
        let code = "100013"
        let template = Benchmark.best(of: 3) {
            ChildProcess.measure([
                Benchmark.counterpart, "roster", "template", "--municipality", code, "--output", workbook, "--db",
                database,
            ])
        }
        let megabytes =
            Double((try FileManager.default.attributesOfItem(atPath: workbook)[.size] as? Int) ?? 0) / 1_048_576
        print("Workbook benchmark: one municipality of \(staff) staff, workbook \(Benchmark.format(megabytes)) MB")
        print(Benchmark.row("counterpart roster template", template, megabytes: megabytes))
        let reading = Benchmark.best(of: 3) {
            ChildProcess.measure([Benchmark.counterpart, "roster", "import", "--dry-run", workbook, "--db", database])
        }
        print(Benchmark.row("counterpart roster import", reading, megabytes: megabytes))
    }
}

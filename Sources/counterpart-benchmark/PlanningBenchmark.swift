import CounterpartCore
import CounterpartPlanner
import CounterpartXML
import Foundation

/// Planning: for each size, a synthetic roster and scenario are generated, then planned
/// in this process stage by stage (read, plan, write) and as a whole `counterpart plan`
/// process (best of three runs, with its peak memory).
enum PlanningBenchmark {
    struct Size {
        var name: String
        var municipalities: Int
        var staff: Int
        var requests: Int
        var periods: Int
        var affected: Int
    }

    static let sizes: [String: Size] = [
        "ehime": Size(name: "Ehime", municipalities: 20, staff: 1500, requests: 60, periods: 4, affected: 3),
        "medium": Size(name: "medium", municipalities: 200, staff: 20_000, requests: 500, periods: 8, affected: 10),
        "national": Size(
            name: "national", municipalities: 1741, staff: 200_000, requests: 2000, periods: 8, affected: 50),
    ]

    static func run(sizes names: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-plan-benchmark-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print(
            "size      municipalities   staff  requests periods | read s  plan s  write s | process s  peak MB  assignments shortfalls"
        )
        for name in names {
            guard let size = sizes[name] else {
                print("unknown size \(name): ehime, medium or national")
                continue
            }
            try measure(size, in: folder)
        }
    }

    static func measure(_ size: Size, in folder: URL) throws {
        let roster = folder.appendingPathComponent("\(size.name)-roster.xml").path
        let scenario = folder.appendingPathComponent("\(size.name)-scenario.xml").path
        let plan = folder.appendingPathComponent("\(size.name)-plan.json").path
        let common = ["--seed", "2026", "--municipalities", String(size.municipalities), "--staff", String(size.staff)]
        let made = [
            ChildProcess.measure([Benchmark.counterpart, "generate", "roster"] + common + ["-o", roster]),
            ChildProcess.measure(
                [Benchmark.counterpart, "generate", "scenario"] + common + [
                    "--requests", String(size.requests), "--periods", String(size.periods), "--affected",
                    String(size.affected), "-o", scenario,
                ]),
        ]
        guard made.allSatisfy({ $0.status == 0 }) else {
            print(
                "could not generate the \(size.name) files with \(Benchmark.counterpart): build it first (swift build -c release)"
            )
            return
        }
        let clock = ContinuousClock()
        var rosterValue: Roster?
        var scenarioValue: Scenario?
        var result: Plan?
        let read = clock.measure {
            rosterValue = RosterReader.read(path: roster).roster
            scenarioValue = ScenarioReader.read(path: scenario).scenario
        }
        let planning = clock.measure { result = try? Planner.plan(roster: rosterValue!, scenario: scenarioValue!) }
        let write = clock.measure {
            try? PlanJSON.render(result!).write(toFile: plan, atomically: true, encoding: .utf8)
        }
        let process = Benchmark.best(of: 3) {
            ChildProcess.measure([
                Benchmark.counterpart, "plan", "--roster", roster, "--scenario", scenario, "-o", plan,
            ])
        }
        let assignments = result!.periods.map(\.assignments.count).reduce(0, +)
        let shortfalls = result!.periods.map(\.shortfalls.count).reduce(0, +)
        print(
            size.name.padding(toLength: 9, withPad: " ", startingAt: 0)
                + String(
                    format: " %14d %7d %9d %7d | %6.2f  %6.2f  %7.2f | %9.2f  %7.1f  %11d %10d",
                    size.municipalities, size.staff, size.requests, size.periods,
                    seconds(read), seconds(planning), seconds(write), process.seconds, process.peakMegabytes,
                    assignments, shortfalls))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

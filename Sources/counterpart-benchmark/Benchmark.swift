import Foundation

/// `counterpart-benchmark`: prints the figures behind Counterpart's performance targets.
/// Run it from a release build:
///
///     swift build -c release && .build/release/counterpart-benchmark validate [STAFF]
///     swift build -c release && .build/release/counterpart-benchmark import [STAFF]
///     swift build -c release && .build/release/counterpart-benchmark plan [ehime] [medium] [national]
///     swift build -c release && .build/release/counterpart-benchmark coverage
///     swift build -c release && .build/release/counterpart-benchmark workbook [STAFF…]
@main
enum Benchmark {
    /// The `counterpart` binary beside this one.
    static let counterpart = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("counterpart").path

    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.first {
        case "validate":
            try ValidationBenchmark.run(staff: arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000)
        case "import":
            try ImportBenchmark.run(staff: arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000)
        case "plan":
            try PlanningBenchmark.run(
                sizes: arguments.dropFirst().isEmpty ? ["ehime", "medium", "national"] : Array(arguments.dropFirst()))
        case "coverage":
            try CoverageBenchmark.run()
        case "workbook":
            let sizes = arguments.dropFirst().compactMap { Int($0) }
            try WorkbookBenchmark.run(sizes: sizes.isEmpty ? [1_500, 20_000] : sizes)
        default:
            print(
                "usage: counterpart-benchmark validate [STAFF] | import [STAFF] | plan [ehime] [medium] [national] | coverage | workbook [STAFF…]"
            )
        }
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartSynthesis
import CounterpartXML

/// `counterpart generate scenario`.
struct GenerateScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: L("名簿に合う正しい合成シナリオを作ります。", "Make a valid synthetic scenario that fits a roster."),
        discussion: L(
            """
            シナリオは、同じ --seed、--municipalities、--staff、--groups で 'generate roster' が作る名簿、\
            または --roster で指定した名簿ファイルに合います。
            """,
            """
            The scenario fits the roster that 'generate roster' makes with the same --seed, \
            --municipalities, --staff and --groups, or the roster file given with --roster.
            """)
    )

    @OptionGroup var roster: SyntheticRosterOptions

    @Option(
        name: .customLong("roster"),
        help: ArgumentHelp(L("合成名簿の代わりにこの名簿ファイルに合わせます。", "Fit this roster file instead of a synthetic one.")))
    var rosterFile: String?

    @Option(help: ArgumentHelp(L("応援要請の数。", "How many dispatch requests.")))
    var requests = 60

    @Option(help: ArgumentHelp(L("被災市町の数。", "How many municipalities are hit.")))
    var affected = 3

    @Option(help: ArgumentHelp(L("要請が何期にわたるか。", "Over how many rotation periods the requests spread.")))
    var periods = 4

    @Option(help: ArgumentHelp(L("1期の日数。", "The length of a rotation period in days.")))
    var rotationDays = 7

    @Option(help: ArgumentHelp(L("第1期（期 0）の初日（YYYY-MM-DD）。", "The first day of period 0 (YYYY-MM-DD).")))
    var start = "2026-11-02"

    @Option(help: ArgumentHelp(L("固定する確定済み割当の数。", "How many confirmed assignments to pin.")))
    var pins = 0

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write to this file instead of standard output.")))
    var output: String?

    func validate() throws {
        guard requests >= 0, affected >= 1, periods >= 1, rotationDays >= 1, pins >= 0 else {
            throw ValidationError(
                "--requests and --pins must be at least 0; --affected, --periods and --rotation-days at least 1.")
        }
        do { _ = try CalendarDay(start) } catch { throw ValidationError("--start: \(error)") }
    }

    func run() throws {
        let base: Roster
        if let rosterFile {
            let reading = RosterReader.read(path: rosterFile)
            guard let read = reading.roster else {
                for line in reading.diagnostics.reportLines(in: CommandLanguage.current) {
                    FileHandleOutput.standardError.write(line + "\n")
                }
                throw ExitStatus.badInput.exitCode
            }
            guard read.municipalities.contains(where: { $0.code != read.prefecture }) else {
                FileHandleOutput.standardError.write(
                    "\(rosterFile): the roster has no municipality besides the prefecture's headquarters; a scenario needs at least one to hit\n"
                )
                throw ExitStatus.badInput.exitCode
            }
            base = read
        } else {
            base = RosterSynthesis.make(
                .init(
                    seed: roster.seed, municipalities: roster.municipalities, staff: roster.staff, groups: roster.groups
                ))
        }
        let scenario = ScenarioSynthesis.make(
            .init(
                seed: roster.seed, requests: requests, affected: affected, periods: periods,
                rotationDays: rotationDays, start: try CalendarDay(start), pins: pins), for: base)
        let file = try OutputFile(path: output)
        try ScenarioWriter.write(scenario, to: XMLOutput { try file.write($0) })
        try file.commit()
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartReports

/// `counterpart drill run S.xml`: the headquarters view of a drill scenario.
struct DrillRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: L(
            "訓練シナリオを計画し、県本部向けに計画・不足・電話する相手を表示します。",
            "Plan a drill scenario and print the headquarters view: the plan, the shortfalls and whom to call."),
        discussion: L(
            """
            計画は 'counterpart plan' と同じく FORMATS.md の計画ルールで作ります。そのあとに、不足とその被災市町の\
            実務担当（電話する相手）、国の応急対策職員派遣制度へ要請する県本部の担当者を示します。
            """,
            """
            The plan is made by the planning rule of FORMATS.md, as 'counterpart plan' makes it. After it come \
            the shortfalls with the hit municipality's liaison to call, and the prefecture headquarters staff \
            who escalate them to the national scheme (応急対策職員派遣制度).
            """)
    )

    @Argument(help: ArgumentHelp(L("訓練シナリオのファイル。", "The drill scenario file.")))
    var scenario: String

    @Option(
        help: ArgumentHelp(
            L("名簿のファイル（省略時: データベースに登録されている名簿）。", "The roster file (default: the roster stored in the database).")))
    var roster: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (roster, reading) = try InputLoading.rosterAndScenario(
            roster: self.roster, scenario: scenario, database: database)
        let plan = try InputLoading.plan(roster: roster, reading: reading)
        EndedListWarnings.print(planning: reading.scenario!, on: roster)
        FileHandleOutput.standardOutput.write(
            DrillText.render(plan, roster: roster, scenario: reading.scenario!, language: CommandLanguage.current))
    }
}

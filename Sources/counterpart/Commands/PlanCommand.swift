import ArgumentParser
import CounterpartCore
import CounterpartPlanner
import CounterpartReports
import CounterpartXML

/// `counterpart plan`: named, optimal assignments for a scenario, period by period.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: L(
            "カウンターパートの順位に従い、期ごとに誰がどこへ行くかを計画します。",
            "Plan who goes where, period by period, following the counterpart order."),
        discussion: L(
            """
            計画は FORMATS.md の計画ルールに従います: 各期で、それまでの期と確定済みの割当（固定）を前提に、\
            （順位の費用 + 距離 − 優先度の値）の合計が最小になります。text は人が読む形式（端末での既定）、\
            json は counterpart-plan/1（それ以外での既定で、--output が書き出す形式）です。
            """,
            """
            The plan follows the planning rule of FORMATS.md: in each rotation period the total of \
            (tier cost + distance − priority value) is as low as it can be, given the periods before \
            and the confirmed assignments (pins). Text is for people (the default on a terminal); \
            JSON is counterpart-plan/1 (the default otherwise, and what --output writes).
            """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(
        help: ArgumentHelp(
            L("名簿のファイル（省略時: データベースに登録されている名簿）。", "The roster file (default: the roster stored in the database).")))
    var roster: String?

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(L("シナリオファイル（災害または訓練）。", "The scenario file (an incident or a drill).")))
    var scenario: String

    @Option(
        name: .shortAndLong, help: ArgumentHelp(L("計画を JSON でこのファイルに書き出します。", "Write the plan as JSON to this file.")))
    var output: String?

    @Option(
        help: ArgumentHelp(
            L(
                "text または json（省略時: 端末では text、それ以外は json）。",
                "text or json (default: text on a terminal, json otherwise).")))
    var format: Format?

    @Option(
        help: ArgumentHelp(
            L(
                "1つの要請について、各順位の候補と、選ばれた・選ばれなかった理由を示します。",
                "Show, for one request, the candidates of each tier and why they were or were not chosen.")))
    var explain: String?

    /// The roster from its file, or from the database when no file is named.
    func loadInputs() throws -> (Roster, ScenarioReading) {
        try InputLoading.rosterAndScenario(roster: roster, scenario: scenario, database: database)
    }

    func run() throws {
        let (roster, reading) = try loadInputs()
        let scenario = reading.scenario!
        let plan = try InputLoading.plan(roster: roster, reading: reading)
        EndedListWarnings.print(planning: scenario, on: roster)
        if let explain {
            let requestID = RequestID(explain)
            guard scenario.requests.contains(where: { $0.id == requestID }) else {
                let known = scenario.requests.prefix(3).map(\.id.rawValue).joined(separator: ", ")
                throw ValidationError(
                    L(
                        "--explain: シナリオに要請「\(explain)」はありません（シナリオの要請 id、例: \(known)）。",
                        "--explain: the scenario has no request '\(explain)' (a request id of the scenario, e.g. \(known))."
                    ))
            }
            FileHandleOutput.standardOutput.write(
                PlanExplanationText.render(
                    PlanExplanation.explain(request: requestID, plan: plan, roster: roster, scenario: scenario),
                    roster: roster, language: CommandLanguage.current))
            return
        }
        if let output {
            let file = try OutputFile(path: output)
            try file.write(Array(PlanJSON.render(plan).utf8))
            try file.commit()
        }
        let chosen = format ?? (output != nil ? nil : (FileHandleOutput.standardOutput.isTerminal ? .text : .json))
        switch chosen {
        case .json?: FileHandleOutput.standardOutput.write(PlanJSON.render(plan))
        case .text?:
            FileHandleOutput.standardOutput.write(
                PlanText.render(plan, roster: roster, scenario: scenario, language: CommandLanguage.current))
        case nil: break
        }
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartPlanner
import CounterpartReports
import CounterpartXML

/// `counterpart plan`: named, optimal assignments for a scenario, period by period.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan who goes where, period by period, following the counterpart order.",
        discussion: """
            The plan follows the planning rule of FORMATS.md: in each rotation period the total of \
            (tier cost + distance − priority value) is as low as it can be, given the periods before \
            and the confirmed assignments (pins). Text is for people (the default on a terminal); \
            JSON is counterpart-plan/1 (the default otherwise, and what --output writes).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "The roster file (default: the roster stored in the database).")
    var roster: String?

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The scenario file (an incident or a drill).")
    var scenario: String

    @Option(name: .shortAndLong, help: "Write the plan as JSON to this file.")
    var output: String?

    @Option(help: "text or json (default: text on a terminal, json otherwise).")
    var format: Format?

    @Option(help: "Show, for one request, the candidates of each tier and why they were or were not chosen.")
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
                throw ValidationError("--explain: the scenario has no request '\(explain)'.")
            }
            FileHandleOutput.standardOutput.write(
                PlanExplanationText.render(
                    PlanExplanation.explain(request: requestID, plan: plan, roster: roster, scenario: scenario),
                    roster: roster))
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

import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart assignment …`: the supporters' answers and the people's movements.
struct AssignmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignment",
        abstract:
            "Record answers about the people a plan names: confirm, decline, substitute, dispatched, returned; correct; list them.",
        discussion:
            "An assignment moves only forward: proposed → confirmed → dispatched → returned, or proposed → declined.",
        subcommands: [
            AssignmentConfirmCommand.self, AssignmentDeclineCommand.self, AssignmentDispatchedCommand.self,
            AssignmentReturnedCommand.self, AssignmentSubstituteCommand.self, AssignmentCorrectCommand.self,
            AssignmentListCommand.self,
        ]
    )
}

/// The options every answer takes: one or more assignments, or a selection of them.
struct AnswerOptions: ParsableArguments {
    @OptionGroup var options: OperationsOptions
    @Argument(help: "The assignments (A40 or 40), one or more; or select them with --incident and --supplier.")
    var assignments: [RecordArgument<IncidentAssignment>] = []
    @Option(help: "Why, for the record (a decline's reason, say).") var reason: String?
    @OptionGroup var selection: AssignmentSelectionOptions

    func validate() throws {
        guard assignments.isEmpty != selection.isEmpty else {
            throw ValidationError(
                "name the assignments (A40 A41 …) or select them with --incident I1 --supplier 松山市 [--period N] [--request R3], not both"
            )
        }
    }

    /// Records `move` for every assignment named or selected, in one transaction, and prints
    /// each assignment after it (and a summary when there are several).
    func record(_ move: AssignmentMove, marksUnavailable: Bool = false) async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let ids = try await selection.ids(
            from: move.source, named: assignments.map(\.id), session: session, names: lookup)
        let answers = ids.map {
            IncidentDesk.Answer($0, .move(move), reason: reason, marksUnavailable: marksUnavailable)
        }
        let outcomes = try await session.run { desk throws(OperationsError) in
            try await desk.answer(answers, by: options.actor)
        }
        AnswerPrinting(options: options, names: lookup).print(
            outcomes, isBatch: !selection.isEmpty || outcomes.count > 1)
    }
}

/// `counterpart assignment confirm A40`.
struct AssignmentConfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm", abstract: "The supporter confirms the person: kept by every re-plan.")
    @OptionGroup var answer: AnswerOptions
    func run() async throws { try await answer.record(.confirm) }
}

/// `counterpart assignment decline A40 --reason TEXT`.
struct AssignmentDeclineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline", abstract: "The supporter declines: that person is not proposed again for that request.",
        discussion:
            "With --unavailable the person is also kept out of every request and incident on the assignment's days, until 'counterpart staff lift'."
    )
    @OptionGroup var answer: AnswerOptions
    @Flag(help: "The person is unavailable on those days whatever the request (their own home hit, ill).")
    var unavailable = false
    func run() async throws { try await answer.record(.decline, marksUnavailable: unavailable) }
}

/// `counterpart assignment dispatched A40`.
struct AssignmentDispatchedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatched", abstract: "The confirmed person has left for the hit municipality.")
    @OptionGroup var answer: AnswerOptions
    func run() async throws { try await answer.record(.dispatched) }
}

/// `counterpart assignment returned A40`.
struct AssignmentReturnedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "returned", abstract: "The dispatched person is back.")
    @OptionGroup var answer: AnswerOptions
    func run() async throws { try await answer.record(.returned) }
}

/// `counterpart assignment list --incident I1 [--state S] [--all]`.
struct AssignmentListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List an incident's assignments in the order they were made.")

    @OptionGroup var options: OperationsOptions
    @Option(help: "The incident (I1 or 1).") var incident: RecordArgument<Incident>
    @Option(help: "Only assignments in this state.") var state: AssignmentState?
    @Flag(help: "Include declined, withdrawn and cancelled ones.") var all = false

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let assignments = try await session.run { desk throws(OperationsError) in
            try await desk.assignments(incident: id)
        }
        .filter { assignment in
            if let state { return assignment.state == state }
            return all || !assignment.state.isFinal || assignment.state == .returned
        }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup)
        options.print(
            json: assignments.map { IncidentJSON.Assignment($0, names: lookup) },
            text: assignments.isEmpty
                ? "No assignments.\n" : text.table(assignments.map(text.assignmentRow), indent: ""))
    }
}

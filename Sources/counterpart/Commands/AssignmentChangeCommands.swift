import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart assignment substitute A40 --staff ID`.
struct AssignmentSubstituteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "substitute",
        abstract: "The supporter sends another of its own people instead of the one proposed or confirmed.",
        discussion: """
            The other person must pass the planning rules for that period (skill, availability, not held elsewhere, \
            rest). They are confirmed at once; the first person is released (withdrawn). The record keeps both.
            """)

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The assignment (A40 or 40).") var assignment: RecordArgument<IncidentAssignment>
    @Option(help: "The staff id of the person sent instead.") var staff: String
    @Option(help: "Why, for the record.") var reason: String?

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let answer = IncidentDesk.Answer(assignment.id, .substitute(StaffID(staff)), reason: reason)
        let outcomes = try await session.run { desk throws(OperationsError) in
            try await desk.answer([answer], by: options.actor)
        }
        AnswerPrinting(options: options, names: lookup).print(outcomes, isBatch: false)
    }
}

/// `counterpart assignment correct A3 --to dispatched --reason TEXT`.
struct AssignmentCorrectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a state recorded by mistake back to an earlier one (headquarters).",
        discussion: "Recorded as a correction with its reason; nothing is erased.")

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The assignment (A40 or 40).") var assignment: RecordArgument<IncidentAssignment>
    @Option(help: "The state it should have: proposed, confirmed or dispatched.") var to: AssignmentState
    @Option(help: "Why, for the record.") var reason: String

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let id = assignment.id
        let (before, after) = try await session.run { desk throws(OperationsError) in
            try await desk.correct(id, to: to, reason: reason, by: options.actor)
        }
        let text = IncidentText(names: lookup)
        options.print(
            json: IncidentJSON.Assignment(after, names: lookup),
            text: "\(after.id) corrected: \(before.state) → \(after.state) (\(after.state.japaneseLabel))\n"
                + text.table([text.assignmentRow(after)]))
    }
}

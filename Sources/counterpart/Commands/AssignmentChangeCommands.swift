import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart assignment substitute A40 --staff ID`.
struct AssignmentSubstituteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "substitute",
        abstract: L(
            "応援する市町が、提案または確定された職員の代わりに自らの別の職員を送ります（交代）。",
            "The supporter sends another of its own people instead of the one proposed or confirmed."),
        discussion: L(
            """
            代わりの職員は、その期の計画ルール（業務区分、派遣可能日、他での派遣、休養）を満たす必要があります。\
            代わりの職員はすぐに確定し、元の職員は割当から外れます（取下げ）。記録には両方が残ります。
            """,
            """
            The other person must pass the planning rules for that period (skill, availability, not held elsewhere, \
            rest). They are confirmed at once; the first person is released (withdrawn). The record keeps both.
            """))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("割当（A40 または 40）。", "The assignment (A40 or 40)."))) var assignment:
        RecordArgument<IncidentAssignment>
    @Option(help: ArgumentHelp(L("代わりに行く職員の職員ID。", "The staff id of the person sent instead."))) var staff: String
    @Option(help: ArgumentHelp(L("理由（記録に残ります）。", "Why, for the record."))) var reason: String?

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
        abstract: L(
            "誤って記録した状態を前の状態に訂正します（県本部）。", "Correct a state recorded by mistake back to an earlier one (headquarters)."),
        discussion: L("理由とともに訂正として記録します。何も消しません。", "Recorded as a correction with its reason; nothing is erased."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("割当（A40 または 40）。", "The assignment (A40 or 40)."))) var assignment:
        RecordArgument<IncidentAssignment>
    @Option(
        help: ArgumentHelp(
            L(
                "正しい状態: 提案（proposed）、確定（confirmed）、派遣中（dispatched）。",
                "The state it should have: proposed, confirmed or dispatched."))) var to: AssignmentState
    @Option(help: ArgumentHelp(L("理由（記録に残ります）。", "Why, for the record."))) var reason: String

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let id = assignment.id
        let (before, after) = try await session.run { desk throws(OperationsError) in
            try await desk.correct(id, to: to, reason: reason, by: options.actor)
        }
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: IncidentJSON.Assignment(after, names: lookup),
            text: L(
                "\(after.id) を訂正しました: \(before.state.japaneseLabel) → \(after.state.japaneseLabel)\n",
                "\(after.id) corrected: \(before.state) → \(after.state) (\(after.state.japaneseLabel))\n")
                + text.table([text.assignmentRow(after)]))
    }
}

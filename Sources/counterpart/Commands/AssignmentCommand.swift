import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart assignment …`: the supporters' answers and the people's movements.
struct AssignmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignment",
        abstract: L(
            "計画が名前を挙げた職員についての回答を記録します: 承諾、辞退、交代、派遣開始、帰任。訂正と一覧もできます。",
            "Record answers about the people a plan names: confirm, decline, substitute, dispatched, returned; correct; list them."
        ),
        discussion: L(
            "割当は前にだけ進みます: 提案 → 確定 → 派遣中 → 帰任、または 提案 → 辞退。",
            "An assignment moves only forward: proposed → confirmed → dispatched → returned, or proposed → declined."),
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
    @Argument(
        help: ArgumentHelp(
            L(
                "割当（A40 または 40）を1つ以上。または --incident と --supplier で選びます。",
                "The assignments (A40 or 40), one or more; or select them with --incident and --supplier.")))
    var assignments: [RecordArgument<IncidentAssignment>] = []
    @Option(help: ArgumentHelp(L("理由（辞退の理由など。記録に残ります）。", "Why, for the record (a decline's reason, say)."))) var reason:
        String?
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
        commandName: "confirm",
        abstract: L(
            "応援する市町がその職員を承諾します（確定。以後の再計画でも変わりません）。", "The supporter confirms the person: kept by every re-plan."))
    @OptionGroup var answer: AnswerOptions
    func run() async throws { try await answer.record(.confirm) }
}

/// `counterpart assignment decline A40 --reason TEXT`.
struct AssignmentDeclineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: L(
            "応援する市町が辞退します。その職員はこの要請には再び提案されません。",
            "The supporter declines: that person is not proposed again for that request."),
        discussion: L(
            "--unavailable を付けると、その職員は割当の期間、'counterpart staff lift' で解除するまで、どの要請・災害でも提案されません。",
            "With --unavailable the person is also kept out of every request and incident on the assignment's days, until 'counterpart staff lift'."
        )
    )
    @OptionGroup var answer: AnswerOptions
    @Flag(
        help: ArgumentHelp(
            L(
                "その職員は、どの要請でもその期間は派遣できません（自宅の被災、病気など）。",
                "The person is unavailable on those days whatever the request (their own home hit, ill).")))
    var unavailable = false
    func run() async throws { try await answer.record(.decline, marksUnavailable: unavailable) }
}

/// `counterpart assignment dispatched A40`.
struct AssignmentDispatchedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatched",
        abstract: L("確定した職員が被災市町へ出発しました（派遣開始）。", "The confirmed person has left for the hit municipality."))
    @OptionGroup var answer: AnswerOptions
    func run() async throws { try await answer.record(.dispatched) }
}

/// `counterpart assignment returned A40`.
struct AssignmentReturnedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "returned", abstract: L("派遣した職員が戻りました（帰任）。", "The dispatched person is back."))
    @OptionGroup var answer: AnswerOptions
    func run() async throws { try await answer.record(.returned) }
}

/// `counterpart assignment list --incident I1 [--state S] [--all]`.
struct AssignmentListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L("災害の割当を作られた順に一覧にします。", "List an incident's assignments in the order they were made."),
        discussion: L(
            """
            --format xlsx は応援市町に渡す Excel ブックです: 誰が、どこへ、いつからいつまで、何の業務で、着いたら誰に\
            報告するか。派遣先のホットラインのシートも付きます。--supplier と合わせて使います。
            """,
            """
            --format xlsx writes the Excel workbook to hand a supporter: who goes, where, for which days, to do \
            what, and whom to report to on arrival, with a sheet of the hotline of each town. Use with --supplier.
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, xlsx
    }

    @OptionGroup var database: DatabaseOptions
    @Option(
        help: ArgumentHelp(
            L(
                "text（人が読む形式。既定）、json（スクリプト向け）、xlsx（Excel ブック）のいずれか。",
                "text (for people, the default), json (for scripts) or xlsx (an Excel workbook).")))
    var format: Format = .text
    @Option(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>
    @Option(help: ArgumentHelp(L("この状態の割当だけ。", "Only assignments in this state."))) var state: AssignmentState?
    @Option(help: ArgumentHelp(L("この市町が送る人だけ（コードまたは市町名）。", "Only people this municipality sends (code or name).")))
    var supplier: String?
    @Flag(help: ArgumentHelp(L("辞退・取下げ・取消のものも含めます。", "Include declined, withdrawn and cancelled ones."))) var all =
        false
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write to this file instead of standard output.")))
    var output: String?

    func run() async throws {
        let session = OperationsSession(
            desk: IncidentDesk(storage: try database.open(), clock: try Clock.desk()), path: database.shownName)
        let id = incident.id
        let lookup = try await session.names()
        let supplierCode = try supplier.map { try lookup.code($0) }
        let assignments = try await session.run { desk throws(OperationsError) in
            try await desk.assignments(incident: id)
        }
        .filter { assignment in
            if let supplierCode, assignment.supplier != supplierCode { return false }
            if let state { return assignment.state == state }
            return all || !assignment.state.isFinal || assignment.state == .returned
        }
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        switch format {
        case .xlsx:
            let requests = try await session.run { desk throws(OperationsError) in try await desk.requests(incident: id)
            }
            let workbook = AssignmentWorkbook(names: lookup, language: CommandLanguage.current)
            try WorkbookOutput.write(workbook.workbook(assignments, requests: requests), to: output)
        case .json:
            try Self.write(
                JSONValue.shape(assignments.map { IncidentJSON.Assignment($0, names: lookup) }).text, to: output)
        case .text:
            try Self.write(
                assignments.isEmpty
                    ? L("割当はありません。\n", "No assignments.\n")
                    : text.table(assignments.map(text.assignmentRow), indent: ""),
                to: output)
        }
    }

    /// Writes `text` to `path`, or to standard output.
    static func write(_ text: String, to path: String?) throws {
        guard let path else { return FileHandleOutput.standardOutput.write(text) }
        let file = try OutputFile(path: path)
        try file.write(Array(text.utf8))
        try file.commit()
    }
}

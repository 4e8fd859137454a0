import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart request …`: the requests a hit municipality files during an incident.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: L("災害の応援要請を登録・変更・取消・一覧します。", "File, change, cancel and list dispatch requests of an incident."),
        subcommands: [
            RequestAddCommand.self, RequestChangeCommand.self, RequestCancelCommand.self, RequestListCommand.self,
        ]
    )
}

/// `counterpart request add`.
struct RequestAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("応援要請を登録します。関係するメンバーは確認（既読）を記録します。", "File a request: the members concerned must acknowledge it."),
        discussion: L(
            "業務区分: \(JobCategory.allowedJapanese)。優先度: \(Priority.allowedJapanese)。",
            "Categories: \(JobCategory.allCases.map(\.rawValue).joined(separator: ", ")). Priorities: critical, high, normal."
        )
    )

    @OptionGroup var options: OperationsOptions
    @Option(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>
    @Option(help: ArgumentHelp(L("要請する被災市町（コードまたは市町名）。", "The hit municipality asking (code or name).")))
    var municipality: String
    @Option(help: ArgumentHelp(L("業務区分（例: 避難所運営 または shelter）。", "The job category, e.g. shelter."))) var category:
        JobCategory
    @Option(help: ArgumentHelp(L("同時に必要な人数。", "People needed at once."))) var headcount: Int
    @Option(help: ArgumentHelp(L("初日（YYYY-MM-DD）。", "First day (YYYY-MM-DD)."))) var from: CalendarDay
    @Option(help: ArgumentHelp(L("最終日（YYYY-MM-DD、この日を含む）。", "Last day (YYYY-MM-DD), inclusive."))) var to: CalendarDay
    @Option(help: ArgumentHelp(L("緊急（critical）、高（high）、通常（normal）のいずれか。", "critical, high or normal."))) var priority:
        Priority = .normal
    @Option(
        help: ArgumentHelp(L("応援市町への備考（集合場所、持ち物など）。", "A note for the supporters (where to report, what to bring).")))
    var note: String?

    func validate() throws {
        guard headcount >= 1 else {
            throw ValidationError(L("--headcount（人数）は 1 以上にしてください。", "--headcount must be at least 1"))
        }
        guard from <= to else {
            throw ValidationError(L("--from \(from) が --to \(to) より後です。", "--from \(from) is after --to \(to)"))
        }
    }

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let days = try DayRange(from: from, to: to)
        let details = RequestDetails(
            municipality: try lookup.code(municipality), category: category, headcount: headcount,
            days: days, priority: priority, note: note)
        let id = incident.id
        let request = try await session.run { desk throws(OperationsError) in
            try await desk.file(details, in: id, by: options.actor)
        }
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: IncidentJSON.Request(request, names: lookup),
            text: L("登録しました:\n", "Filed:\n") + text.table([text.requestRow(request)])
                + L(
                    "確認の記録: counterpart ack \(request.id) --member メンバーID\n",
                    "Acknowledge with: counterpart ack \(request.id) --member MEMBER-ID\n"))
    }
}

/// `counterpart request change R12 …`.
struct RequestChangeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: L(
            "応援要請を変更します。確定済みの職員が合わなくなる変更はできません。", "Change a request; people already confirmed for it must still fit."),
        discussion: L(
            "変える項目だけを指定します。変更前と変更後の値は災害の記録に残ります。",
            "Give only what changes. The old and new values are kept in the incident's record.")
    )

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("応援要請（R12 または 12）。", "The request (R12 or 12)."))) var request:
        RecordArgument<IncidentRequest>
    @Option(help: ArgumentHelp(L("要請する被災市町（コードまたは市町名）。", "The hit municipality asking (code or name).")))
    var municipality: String?
    @Option(help: ArgumentHelp(L("業務区分。", "The job category."))) var category: JobCategory?
    @Option(help: ArgumentHelp(L("同時に必要な人数。", "People needed at once."))) var headcount: Int?
    @Option(help: ArgumentHelp(L("初日（YYYY-MM-DD）。", "First day (YYYY-MM-DD)."))) var from: CalendarDay?
    @Option(help: ArgumentHelp(L("最終日（YYYY-MM-DD）。", "Last day (YYYY-MM-DD)."))) var to: CalendarDay?
    @Option(help: ArgumentHelp(L("緊急（critical）、高（high）、通常（normal）のいずれか。", "critical, high or normal."))) var priority:
        Priority?
    @Option(help: ArgumentHelp(L("応援市町への備考。", "A note for the supporters."))) var note: String?

    func validate() throws {
        guard
            municipality != nil || category != nil || headcount != nil || from != nil || to != nil || priority != nil
                || note != nil
        else {
            throw ValidationError(
                "say what changes: --headcount, --from, --to, --priority, --category, --municipality or --note")
        }
        if let headcount, headcount < 1 {
            throw ValidationError(L("--headcount（人数）は 1 以上にしてください。", "--headcount must be at least 1"))
        }
    }

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let id = request.id
        let current = try await session.run { desk throws(OperationsError) in try await desk.request(id) }
        var details = current.details
        if let municipality { details.municipality = try lookup.code(municipality) }
        if let category { details.category = category }
        if let headcount { details.headcount = headcount }
        if let priority { details.priority = priority }
        if let note { details.note = note }
        guard let days = try? DayRange(from: from ?? details.days.from, to: to ?? details.days.to) else {
            throw BadInput.stop(
                "the request would start \(from ?? details.days.from), after its last day \(to ?? details.days.to)")
        }
        details.days = days
        let (before, after, withdrawn) = try await session.run { [details] desk throws(OperationsError) in
            try await desk.change(id, to: details, by: options.actor)
        }
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: IncidentJSON.Request(after, names: lookup),
            text: L("\(after.id) を変更しました:\n  変更前  ", "Changed \(after.id):\n  was  ")
                + text.table([text.requestRow(before)], indent: "")
                + L("  変更後  ", "  now  ") + text.table([text.requestRow(after)], indent: "")
                + (withdrawn.isEmpty
                    ? ""
                    : L("変更に伴う取下げ（\(withdrawn.count)人）:\n", "Withdrawn with the change 取下げ (\(withdrawn.count)):\n")
                        + text.table(withdrawn.map(text.assignmentRow)) + "\n")
                + L(
                    "影響を見るには計画し直してください: counterpart incident plan \(after.incident)\n",
                    "Plan again to see its effect: counterpart incident plan \(after.incident)\n"))
    }
}

/// `counterpart request cancel R12`.
struct RequestCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: L(
            "応援要請を取り消します。まだ出発していない職員の割当も取り消されます（派遣中の職員は帰任まで残ります）。",
            "Cancel a request; its people not yet gone are cancelled with it (people away stay until back)."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("応援要請（R12 または 12）。", "The request (R12 or 12)."))) var request:
        RecordArgument<IncidentRequest>
    @Option(help: ArgumentHelp(L("理由（記録に残ります）。", "Why, for the record."))) var reason: String?

    func run() async throws {
        let session = try options.session()
        let id = request.id
        let (cancelled, assignments) = try await session.run { desk throws(OperationsError) in
            try await desk.cancel(id, reason: reason, by: options.actor)
        }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: IncidentJSON.Cancelled(cancelled, assignments: assignments, names: lookup),
            text: L("\(cancelled.id) を取り消しました。\n", "Cancelled \(cancelled.id).\n")
                + (assignments.isEmpty
                    ? ""
                    : "Assignments cancelled with it (\(assignments.count)):\n"
                        + text.table(assignments.map(text.assignmentRow))))
    }
}

/// `counterpart request list --incident I1`.
struct RequestListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: L("災害の応援要請を登録順に一覧にします。", "List an incident's requests in filing order."))

    @OptionGroup var options: OperationsOptions
    @Option(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let requests = try await session.run { desk throws(OperationsError) in try await desk.requests(incident: id) }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        options.print(
            json: requests.map { IncidentJSON.Request($0, names: lookup) },
            text: requests.isEmpty
                ? L("応援要請はまだありません。\n", "No requests yet.\n") : text.table(requests.map(text.requestRow), indent: ""))
    }
}

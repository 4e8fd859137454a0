import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart request …`: the requests a hit municipality files during an incident.
struct RequestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "File, change, cancel and list dispatch requests of an incident.",
        subcommands: [
            RequestAddCommand.self, RequestChangeCommand.self, RequestCancelCommand.self, RequestListCommand.self,
        ]
    )
}

/// `counterpart request add`.
struct RequestAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "File a request: the members concerned must acknowledge it.",
        discussion:
            "Categories: \(JobCategory.allCases.map(\.rawValue).joined(separator: ", ")). Priorities: critical, high, normal."
    )

    @OptionGroup var options: OperationsOptions
    @Option(help: "The incident (I1 or 1).") var incident: RecordArgument<Incident>
    @Option(help: "The hit municipality asking (code or name).") var municipality: String
    @Option(help: "The job category, e.g. shelter.") var category: JobCategory
    @Option(help: "People needed at once.") var headcount: Int
    @Option(help: "First day (YYYY-MM-DD).") var from: CalendarDay
    @Option(help: "Last day (YYYY-MM-DD), inclusive.") var to: CalendarDay
    @Option(help: "critical, high or normal.") var priority: Priority = .normal
    @Option(help: "A note for the supporters (where to report, what to bring).") var note: String?

    func validate() throws {
        guard headcount >= 1 else { throw ValidationError("--headcount must be at least 1") }
        guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
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
        let text = IncidentText(names: lookup)
        options.print(
            json: IncidentJSON.Request(request, names: lookup),
            text: "Filed:\n" + text.table([text.requestRow(request)])
                + "Acknowledge with: counterpart ack \(request.id) --member MEMBER-ID\n")
    }
}

/// `counterpart request change R12 …`.
struct RequestChangeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Change a request; people already confirmed for it must still fit.",
        discussion: "Give only what changes. The old and new values are kept in the incident's record."
    )

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The request (R12 or 12).") var request: RecordArgument<IncidentRequest>
    @Option(help: "The hit municipality asking (code or name).") var municipality: String?
    @Option(help: "The job category.") var category: JobCategory?
    @Option(help: "People needed at once.") var headcount: Int?
    @Option(help: "First day (YYYY-MM-DD).") var from: CalendarDay?
    @Option(help: "Last day (YYYY-MM-DD).") var to: CalendarDay?
    @Option(help: "critical, high or normal.") var priority: Priority?
    @Option(help: "A note for the supporters.") var note: String?

    func validate() throws {
        guard
            municipality != nil || category != nil || headcount != nil || from != nil || to != nil || priority != nil
                || note != nil
        else {
            throw ValidationError(
                "say what changes: --headcount, --from, --to, --priority, --category, --municipality or --note")
        }
        if let headcount, headcount < 1 { throw ValidationError("--headcount must be at least 1") }
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
        let text = IncidentText(names: lookup)
        options.print(
            json: IncidentJSON.Request(after, names: lookup),
            text: "Changed \(after.id):\n  was  " + text.table([text.requestRow(before)], indent: "")
                + "  now  " + text.table([text.requestRow(after)], indent: "")
                + (withdrawn.isEmpty
                    ? ""
                    : "Withdrawn with the change 取下げ (\(withdrawn.count)):\n"
                        + text.table(withdrawn.map(text.assignmentRow)) + "\n")
                + "Plan again to see its effect: counterpart incident plan \(after.incident)\n")
    }
}

/// `counterpart request cancel R12`.
struct RequestCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a request; its people not yet gone are cancelled with it (people away stay until back).")

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The request (R12 or 12).") var request: RecordArgument<IncidentRequest>
    @Option(help: "Why, for the record.") var reason: String?

    func run() async throws {
        let session = try options.session()
        let id = request.id
        let (cancelled, assignments) = try await session.run { desk throws(OperationsError) in
            try await desk.cancel(id, reason: reason, by: options.actor)
        }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup)
        options.print(
            json: IncidentJSON.Cancelled(cancelled, assignments: assignments, names: lookup),
            text: "Cancelled \(cancelled.id).\n"
                + (assignments.isEmpty
                    ? ""
                    : "Assignments cancelled with it (\(assignments.count)):\n"
                        + text.table(assignments.map(text.assignmentRow))))
    }
}

/// `counterpart request list --incident I1`.
struct RequestListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List an incident's requests in filing order.")

    @OptionGroup var options: OperationsOptions
    @Option(help: "The incident (I1 or 1).") var incident: RecordArgument<Incident>

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let requests = try await session.run { desk throws(OperationsError) in try await desk.requests(incident: id) }
        let lookup = try await session.names()
        let text = IncidentText(names: lookup)
        options.print(
            json: requests.map { IncidentJSON.Request($0, names: lookup) },
            text: requests.isEmpty ? "No requests yet.\n" : text.table(requests.map(text.requestRow), indent: ""))
    }
}

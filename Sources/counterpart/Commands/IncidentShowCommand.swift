import ArgumentParser
import CounterpartCore
import CounterpartOperations

/// `counterpart incident show ID`: the incident, its requests and its people.
struct IncidentShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an incident: its requests, its people and what is unread.")

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The incident (I1 or 1).") var incident: RecordArgument<Incident>

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let view = try await session.run { desk throws(OperationsError) in try await desk.view(id) }
        let (shown, requests, assignments, pending, latest) = (view.incident, view.requests, view.assignments, view.pending, view.latestPlan)
        let lookup = try await session.names()
        let json = OperationsJSON(names: lookup), text = OperationsText(names: lookup)
        guard case .object(let members) = json.incident(shown) else { return }
        options.print(
            json: .object(members + [
                ("requests", .array(requests.map(json.request))), ("assignments", .array(assignments.map(json.assignment))),
                ("planVersion", latest.map { .int($0.version) } ?? .null),
                ("shortfalls", .array((latest?.shortfalls ?? []).map(json.shortfall))),
                ("unacknowledged", .int(pending.count)),
            ]),
            text: render(shown, requests, assignments, pending, latest, text))
    }

    private func render(_ shown: Incident, _ requests: [IncidentRequest], _ assignments: [IncidentAssignment],
                        _ pending: [PendingAcknowledgement], _ latest: (version: Int, shortfalls: [RecordedShortfall])?,
                        _ text: OperationsText) -> String {
        var out = text.incident(shown)
        out += "\nRequests 要請 (\(requests.count)):\n" + (requests.isEmpty ? "  none yet\n" : text.table(requests.map(text.requestRow)))
        let live = assignments.filter { !$0.state.isFinal || $0.state == .returned }
        out += "\nPeople 人員 (\(live.count); declined, withdrawn and cancelled ones in 'assignment list --all'):\n"
        out += live.isEmpty ? "  none yet\n" : text.table(live.map(text.assignmentRow))
        if let latest {
            let missing = latest.shortfalls.reduce(0) { $0 + $1.missing }
            out += "\nLatest plan: version \(latest.version), \(missing) missing\n"
        } else {
            out += "\nNot planned yet: counterpart incident plan \(shown.id)\n"
        }
        out += "Unacknowledged: \(pending.count) (counterpart followup --incident \(shown.id))\n"
        return out
    }
}

/// `counterpart incident plan ID`: a new plan version.
struct IncidentPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the incident again and store it as the next plan version.",
        discussion: """
            Plans on the stored roster from the open requests, keeping confirmed, dispatched and returned \
            people where they are (they are never moved) and never proposing a declined person for the same \
            request again. Prints what changed since the previous version.
            """
    )

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The incident (I1 or 1).") var incident: RecordArgument<Incident>

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let outcome = try await session.run { desk throws(OperationsError) in try await desk.plan(id, by: options.actor) }
        let shown = outcome.incident
        let lookup = MunicipalityLookup(roster: outcome.roster)
        let json = OperationsJSON(names: lookup)
        let shortfalls = outcome.plan.periods.flatMap { period in
            period.shortfalls.map { shortfall in
                RecordedShortfall(period: period.index, request: IncidentScenario.request(shortfall.request) ?? IncidentRequest.ID(0),
                                  category: shortfall.category, missing: shortfall.missing, reason: shortfall.reason.sentence)
            }
        }
        options.print(
            json: .object([
                ("id", .string(outcome.id.description)), ("incident", .string(shown.id.description)), ("version", .int(outcome.version)),
                ("newlyProposed", .array(outcome.newlyProposed.map(json.assignment))),
                ("noLongerNeeded", .array(outcome.noLongerNeeded.map(json.assignment))),
                ("shortfalls", .array(shortfalls.map(json.shortfall))),
                ("assignments", .array(outcome.assignments.map(json.assignment))),
            ]),
            text: OperationsText(names: lookup).planOutcome(outcome, incident: shown))
    }
}

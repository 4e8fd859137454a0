import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart incident show ID`: the incident, its requests and its people.
struct IncidentShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L("災害を表示します: 応援要請、職員、未確認の項目。", "Show an incident: its requests, its people and what is unread."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let view = try await session.run { desk throws(OperationsError) in try await desk.view(id) }
        let (shown, requests, assignments, pending, latest) = (
            view.incident, view.requests, view.assignments, view.pending, view.latestPlan
        )
        let lookup = try await session.names()
        let text = IncidentText(names: lookup, language: CommandLanguage.current)
        let events = try await session.run { desk throws(OperationsError) in
            try await desk.events(incident: id, limit: Self.eventsShown)
        }
        options.print(
            json: IncidentJSON.Detail(view, names: lookup),
            text: render(shown, requests, assignments, pending, latest, text) + Self.render(events, text))
    }

    /// Events shown, newest first.
    static let eventsShown = 10

    /// The last events: when, who (and from where, for a change made on the board), what.
    static func render(_ events: [OperationsEvent], _ text: IncidentText) -> String {
        guard !events.isEmpty else { return "" }
        return L("\n最新の記録（\(events.count)件）:\n", "\nLast \(events.count) events 最新の記録:\n")
            + text.table(
                events.map {
                    [
                        $0.stamp.time.japanTime, $0.byline, $0.subject,
                        text.language == .japanese ? $0.japaneseText : $0.text,
                    ]
                })
    }

    private func render(
        _ shown: Incident, _ requests: [IncidentRequest], _ assignments: [IncidentAssignment],
        _ pending: [PendingAcknowledgement], _ latest: (version: Int, shortfalls: [RecordedShortfall])?,
        _ text: IncidentText
    ) -> String {
        var out = text.incident(shown)
        out +=
            L("\n応援要請（\(requests.count)件）:\n", "\nRequests 要請 (\(requests.count)):\n")
            + (requests.isEmpty ? L("  まだありません\n", "  none yet\n") : text.table(requests.map(text.requestRow)))
        let live = assignments.filter { !$0.state.isFinal || $0.state == .returned }
        out += L(
            "\n応援職員（\(live.count)人。辞退・取下げ・取消は 'assignment list --all' で表示）:\n",
            "\nPeople 人員 (\(live.count); declined, withdrawn and cancelled ones in 'assignment list --all'):\n")
        out += live.isEmpty ? L("  まだいません\n", "  none yet\n") : text.table(live.map(text.assignmentRow))
        if let latest {
            let missing = latest.shortfalls.reduce(0) { $0 + $1.missing }
            out += L(
                "\n最新の計画: 第\(latest.version)版、不足 \(missing)人\n",
                "\nLatest plan: version \(latest.version), \(missing) missing\n")
        } else {
            out += L(
                "\nまだ計画していません: counterpart incident plan \(shown.id)\n",
                "\nNot planned yet: counterpart incident plan \(shown.id)\n")
        }
        out += L(
            "未確認: \(pending.count)件（counterpart followup --incident \(shown.id)）\n",
            "Unacknowledged: \(pending.count) (counterpart followup --incident \(shown.id))\n")
        return out
    }
}

/// `counterpart incident plan ID`: a new plan version.
struct IncidentPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: L("災害を計画し直し、次の計画版として記録します。", "Plan the incident again and store it as the next plan version."),
        discussion: L(
            """
            登録されている名簿と受付中の要請から計画します。確定・派遣中・帰任の職員はそのまま（動かしません）、\
            辞退した職員を同じ要請に再び提案することもありません。前の版からの変更を表示します。
            """,
            """
            Plans on the stored roster from the open requests, keeping confirmed, dispatched and returned \
            people where they are (they are never moved) and never proposing a declined person for the same \
            request again. Prints what changed since the previous version.
            """)
    )

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>

    func run() async throws {
        let session = try options.session()
        let id = incident.id
        let outcome = try await session.run { desk throws(OperationsError) in try await desk.plan(id, by: options.actor)
        }
        let shown = outcome.incident
        let lookup = RosterNames(roster: outcome.roster)
        let ended = try await session.run { desk throws(OperationsError) in try await desk.endedLists(incident: id) }
        EndedListWarnings.print(ended, roster: outcome.roster)
        options.print(
            json: IncidentJSON.PlanStored(outcome, names: lookup),
            text: IncidentText(names: lookup, language: CommandLanguage.current).planOutcome(outcome, incident: shown)
                + L(
                    "関係する各メンバーは次のように確認を記録します: counterpart ack \(outcome.id) --member メンバーID\n",
                    "Each member concerned acknowledges with: counterpart ack \(outcome.id) --member MEMBER-ID\n"))
    }
}

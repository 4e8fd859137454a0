import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension BoardPages {
    /// `GET /incidents/{I}`: the incident board. Requests by municipality and category with
    /// filled or short (in words and colour), each request with its read receipts, the
    /// people named, the shortfalls to escalate, the last events; the forms the member may use
    /// (file a request, answer for their own people, plan, extend, close); live.
    func incidentBoard(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        try await page(request) { caller throws(APIError) in
            let incident = try await api.incident(HotlineAPI.parameter(context, "incident"), for: caller)
            let view = try await operations { () throws(OperationsError) in try await api.desk.view(incident.id) }
            let (report, _) = try await operations { () throws(OperationsError) in
                try await api.desk.situationReport(incident.id, events: 10)
            }
            let names = RosterNames(roster: caller.roster)
            let audience = Audience.concerned(with: incident.affected, in: caller.roster).count
            let waiting = Dictionary(grouping: view.pending, by: \.item).mapValues(\.count)
            func receipt(_ item: String) -> String {
                let unread = (RecordID(item).flatMap { waiting[$0] }) ?? 0
                return "既読 \(max(0, audience - unread))/\(audience)"
            }
            let isHQ = caller.isHeadquarters
            let own = caller.member.municipality
            let mayFile = incident.isOpen && (isHQ || incident.affected.contains(own))
            let fileFor = isHQ ? incident.affected : incident.affected.filter { $0 == own }
            let latestPlan = report.events.first { $0.kind == .planStored }?.subject
            var values: [String: Any] = BoardWords.incident(incident, names: names)
            values["title"] = "\(incident.id) \(incident.name)"
            values["hq"] = isHQ && incident.isOpen
            values["summary"] = report.categories.map { line -> [String: Any] in
                [
                    "municipality": names.name(line.municipality, language: .japanese),
                    "category": line.category.japaneseLabel, "requested": line.requested, "proposed": line.proposed,
                    "confirmed": line.confirmed, "dispatched": line.dispatched,
                    "state": line.short > 0 ? "不足 \(line.short)" : "充足",
                    "class": line.short > 0 ? "state-short" : "state-filled",
                ]
            }
            values["requests"] = view.requests.map { filed -> [String: Any] in
                let details = filed.details
                let mayChange =
                    incident.isOpen && !filed.isCancelled && (isHQ || details.municipality == own)
                return [
                    "id": filed.id.description, "municipality": names.name(details.municipality, language: .japanese),
                    "category": details.category.japaneseLabel, "headcount": details.headcount,
                    "days": BoardWords.days(details.days), "priority": details.priority.japaneseLabel,
                    "toDate": details.days.to.description,
                    "note": details.note ?? "", "state": filed.isCancelled ? "取消" : "受付中",
                    "receipt": receipt(filed.id.description), "mayChange": mayChange,
                ]
            }
            values["hasRequests"] = !view.requests.isEmpty
            values["mayFile"] = mayFile
            values["fileFor"] = fileFor.map { ["code": $0.description, "name": names.name($0, language: .japanese)] }
            values["categories"] = JobCategory.allCases.map { ["token": $0.rawValue, "label": $0.japaneseLabel] }
            values["priorities"] = Priority.allCases.map {
                ["token": $0.rawValue, "label": $0.japaneseLabel, "selected": $0 == .normal]
            }
            values["plan"] = latestPlan.map { ["id": $0, "receipt": receipt($0)] as [String: Any] } ?? false
            values["shortfalls"] = (view.latestPlan?.shortfalls ?? []).map { shortfall -> [String: Any] in
                [
                    "request": shortfall.request.description, "category": shortfall.category.japaneseLabel,
                    "period": "第\(shortfall.period + 1)期", "missing": shortfall.missing,
                ]
            }
            values["hasShortfalls"] = !(view.latestPlan?.shortfalls ?? []).isEmpty
            values["planned"] = view.latestPlan != nil
            let shown = view.assignments.filter { ![.withdrawn, .cancelled].contains($0.state) }
            values["people"] = shown.map {
                person(
                    $0, names: names, mayAnswer: incident.isOpen && (isHQ || $0.supplier == own))
            }
            values["hasPeople"] = !shown.isEmpty
            values["bulk"] = bulkAnswers(view.assignments, supplier: own, incident: incident, isOpen: incident.isOpen)
            values["events"] = report.events.map { event -> [String: Any] in
                [
                    "time": event.stamp.time.japaneseShort, "actor": event.stamp.actor, "subject": event.subject,
                    "text": event.japaneseText,
                ]
            }
            return BoardPage(
                title: "\(incident.id) \(incident.name)", template: "incident", values: values, caller: caller,
                live: incident.id.description)
        }
    }

    /// One person named for a request, with the answers the member may give.
    private func person(_ assignment: IncidentAssignment, names: RosterNames, mayAnswer: Bool) -> [String: Any] {
        [
            "id": assignment.id.description, "request": assignment.request.description,
            "name": names.staffName(assignment.staff) ?? assignment.staffName ?? "",
            "staff": assignment.staff.rawValue, "supplier": names.name(assignment.supplier, language: .japanese),
            "tier": assignment.tier.japaneseLabel, "period": "第\(assignment.period + 1)期",
            "days": BoardWords.days(assignment.window), "state": assignment.state.japaneseLabel,
            "stateToken": assignment.state.rawValue,
            "reason": assignment.reason.map(AssignmentReason.japanese) ?? "",
            "proposed": mayAnswer && assignment.state == .proposed,
            "confirmed": mayAnswer && assignment.state == .confirmed,
            "dispatched": mayAnswer && assignment.state == .dispatched,
        ]
    }

    /// For a supporter: each period in which it has proposed people, to confirm them all at once.
    private func bulkAnswers(
        _ assignments: [IncidentAssignment], supplier: LocalGovernmentCode, incident: Incident, isOpen: Bool
    ) -> [[String: Any]] {
        guard isOpen else { return [] }
        let proposed = assignments.filter { $0.supplier == supplier && $0.state == .proposed }
        return Dictionary(grouping: proposed, by: \.period).sorted { $0.key < $1.key }.map { period, people in
            [
                "period": "第\(period + 1)期", "index": period, "count": people.count,
                "people": people.map { ["id": $0.id.description] },
            ]
        }
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartPlanner

extension PlanText {
    /// The plan in Japanese: per 期 (`第1期 (04/01–04/07)`), each 応援要請 with its filled
    /// count, the 応援職員 named with their municipality, tier and distance (what the cost
    /// means; the figure itself is in the JSON), then the 不足 with their reasons, each
    /// reason on a line of its own so that lines stay within 100 columns.
    static func japanese(_ plan: Plan, roster: Roster, scenario: Scenario) -> String {
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let people = Dictionary(roster.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let requests = Dictionary(scenario.requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ code: LocalGovernmentCode) -> String { names[code] ?? code.description }
        var out =
            "\(PlainText.line(scenario.name ?? scenario.id)) (\(PlainText.line(scenario.id)))\n"
            + "  \(scenario.start.japaneseLong)から\(scenario.rotationDays)日ごとの交代で全\(plan.periods.count)期\n"
        for period in plan.periods {
            out += "\n\(ReportWords.period(period.index, period.days))\n"
            let active = scenario.requests.filter { scenario.window(of: $0, inPeriod: period.index) != nil }.sorted {
                $0.id < $1.id
            }
            if active.isEmpty { out += "  この期の応援要請なし\n" }
            let headers = active.map { request in
                [
                    request.id.rawValue, name(request.municipality),
                    request.category.japaneseLabel, request.priority.japaneseLabel,
                    "\(period.assignments.filter { $0.request == request.id }.count)/\(request.headcount)人",
                ]
            }
            let rows = period.assignments.map { assignment in
                [
                    people[assignment.staff] ?? "", assignment.staff.rawValue, name(assignment.supplier),
                    "\(assignment.tier.japaneseLabel) \(assignment.distanceKm) km", assignment.window.japaneseShort,
                    assignment.isPinned ? AssignmentState.confirmed.japaneseLabel : "",
                ]
            }
            let headerWidths = TextColumns.widths(of: headers)
            let rowWidths = TextColumns.widths(of: rows)
            for (request, header) in zip(active, headers) {
                out += TextColumns.render([header], widths: headerWidths, indent: "  ")
                let chosen = period.assignments.indices.filter { period.assignments[$0].request == request.id }
                out += TextColumns.render(chosen.map { rows[$0] }, widths: rowWidths, indent: "      ")
            }
            if !period.shortfalls.isEmpty {
                out += "  不足（応急対策職員派遣制度による応援を上申）:\n"
                out += ReasonedRows.render(
                    period.shortfalls.map { shortfall in
                        let municipality = requests[shortfall.request].map { name($0.municipality) } ?? ""
                        return (
                            [
                                shortfall.request.rawValue, municipality, shortfall.category.japaneseLabel,
                                ReportWords.missing(shortfall.missing),
                            ], [shortfall.reason.japaneseSentence]
                        )
                    }, indent: "    ")
            }
        }
        return PlainText.document(out)
    }
}

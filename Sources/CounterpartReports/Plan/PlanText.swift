import CounterpartCore
import CounterpartPlanner

/// The plan as a headquarters officer reads it: per period, per request "filled/needed",
/// the people with their municipality and tier, then the shortfalls.
public enum PlanText {
    /// The plan as text (`plan --format text`) in `language`, names made safe for a terminal
    /// (``PlainText``).
    public static func render(
        _ plan: Plan, roster: Roster, scenario: Scenario, language: Language = .english
    ) -> String {
        if language == .japanese { return japanese(plan, roster: roster, scenario: scenario) }
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let people = Dictionary(roster.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let requests = Dictionary(scenario.requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out =
            "\(PlainText.line(scenario.name ?? scenario.id)) (\(PlainText.line(scenario.id))): \(plan.periods.count) period\(plan.periods.count == 1 ? "" : "s") of \(scenario.rotationDays) days from \(scenario.start)\n"
        for period in plan.periods {
            out += "\nPeriod \(period.index)  \(period.days.from) – \(period.days.to)  cost \(grouped(period.cost))\n"
            let active = scenario.requests.filter { scenario.window(of: $0, inPeriod: period.index) != nil }.sorted {
                $0.id < $1.id
            }
            if active.isEmpty { out += "  no active requests\n" }
            let headers = active.map { request in
                [
                    request.id.rawValue, names[request.municipality] ?? request.municipality.description,
                    "\(request.category.japaneseLabel) \(request.category)",
                    "\(request.priority.japaneseLabel) \(request.priority)",
                    "\(period.assignments.filter { $0.request == request.id }.count)/\(request.headcount)",
                ]
            }
            let rows = period.assignments.map { assignment in
                [
                    people[assignment.staff] ?? "", assignment.staff.rawValue,
                    names[assignment.supplier] ?? assignment.supplier.description,
                    "\(assignment.tier.japaneseLabel) \(assignment.tier)", "\(assignment.distanceKm) km",
                    "\(assignment.window.from) – \(assignment.window.to)", assignment.isPinned ? "確定 pinned" : "",
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
                out += "  Shortfalls 不足 (escalate 応急対策職員派遣制度):\n"
                out += TextColumns.render(
                    period.shortfalls.map { shortfall in
                        [
                            shortfall.request.rawValue,
                            requests[shortfall.request].map { names[$0.municipality] ?? $0.municipality.description }
                                ?? "",
                            "\(shortfall.category.japaneseLabel) \(shortfall.category)", "missing \(shortfall.missing)",
                            shortfall.reason.sentence,
                        ]
                    }, indent: "    ")
            }
        }
        return PlainText.document(out)
    }

    /// A whole number with thousands separated by commas and a true minus sign.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "−" + out : out
    }
}

import CounterpartCore
import CounterpartPlanner

/// `plan --explain`: for one request, the suppliers considered in each period, cheapest
/// first, and what kept each one's people.
public enum PlanExplanationText {
    /// The explanation as text, one table of suppliers per period (`plan --explain`), names
    /// made safe for a terminal (``PlainText``).
    public static func render(_ explanation: PlanExplanation, roster: Roster) -> String {
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let request = explanation.request
        var out =
            "\(PlainText.line(request.id.rawValue)): \(PlainText.line(names[request.municipality] ?? "")) \(request.municipality), \(request.category.japaneseLabel) \(request.category), "
            + "\(request.headcount) people, \(request.days.from) – \(request.days.to), \(request.priority.japaneseLabel) \(request.priority)\n"
        if explanation.periods.isEmpty { out += "  not active in any planned period\n" }
        for period in explanation.periods {
            out +=
                "\nPeriod \(period.index)  window \(period.window.from) – \(period.window.to)  filled \(period.filled)/\(period.headcount)\n"
            if period.suppliers.isEmpty {
                out += "  nobody outside the affected area has this skill\n"
                continue
            }
            var rows = [["supplier", "tier", "km", "cost/person", "skilled", "chosen", "verdict"]]
            for supplier in period.suppliers {
                rows.append([
                    "\(names[supplier.municipality] ?? "") \(supplier.municipality)",
                    "\(supplier.tier.japaneseLabel) \(supplier.tier)",
                    String(supplier.distanceKm), PlanText.grouped(supplier.costPerPerson), String(supplier.skilled),
                    String(supplier.chosen.count), verdict(supplier, filled: period.filled == period.headcount),
                ])
            }
            out += TextColumns.render(rows, indent: "  ")
            let chosen = period.suppliers.flatMap(\.chosen).sorted()
            if !chosen.isEmpty {
                out += "  chosen: \(chosen.map { PlainText.line($0.rawValue) }.joined(separator: ", "))\n"
            }
        }
        return PlainText.document(out)
    }

    /// What became of a supplier's skilled people, as one line; `filled` says whether the
    /// request was filled in that period.
    static func verdict(_ supplier: PlanExplanation.Supplier, filled: Bool) -> String {
        var parts: [String] = []
        if !supplier.chosen.isEmpty { parts.append("\(supplier.chosen.count) chosen") }
        if supplier.usedElsewhere > 0 { parts.append("\(supplier.usedElsewhere) sent to other requests") }
        if supplier.unavailable > 0 { parts.append("\(supplier.unavailable) unavailable (rule 3)") }
        if supplier.resting > 0 { parts.append("\(supplier.resting) resting (rule 5)") }
        if supplier.free > 0 {
            if supplier.isAtCapacity {
                parts.append("\(supplier.free) free but the municipality is at capacity (rule 6)")
            } else if supplier.costPerPerson >= 0 {
                parts.append("\(supplier.free) free but sending them would not lower the cost")
            } else if filled {
                parts.append("\(supplier.free) free, not needed: cheaper suppliers filled the request")
            } else {
                parts.append("\(supplier.free) free, kept for requests where they lower the cost more")
            }
        }
        return parts.joined(separator: "; ")
    }
}

import CounterpartCore
import CounterpartPlanner

/// `plan --explain`: for one request, the suppliers considered in each period, cheapest
/// first, and what kept each one's people.
public enum PlanExplanationText {
    /// The explanation as text, one table of suppliers per period (`plan --explain`), names
    /// made safe for a terminal (``PlainText``), in `language`. The per-person cost is the
    /// planner's objective, shown here (and in the JSON) only.
    public static func render(_ explanation: PlanExplanation, roster: Roster, language: Language = .english) -> String {
        if language == .japanese { return japanese(explanation, roster: roster) }
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
        verdictParts(supplier, filled: filled, language: .english).joined(separator: "; ")
    }

    /// What became of a supplier's skilled people, one part each, in `language`.
    static func verdictParts(_ supplier: PlanExplanation.Supplier, filled: Bool, language: Language) -> [String] {
        var parts: [String] = []
        if !supplier.chosen.isEmpty {
            parts.append(language.pick("\(supplier.chosen.count)人を選定", "\(supplier.chosen.count) chosen"))
        }
        if supplier.usedElsewhere > 0 {
            parts.append(
                language.pick("\(supplier.usedElsewhere)人は他の要請へ", "\(supplier.usedElsewhere) sent to other requests"))
        }
        if supplier.unavailable > 0 {
            parts.append(
                language.pick(
                    "\(supplier.unavailable)人は期間中に応援できない（規則3）", "\(supplier.unavailable) unavailable (rule 3)"))
        }
        if supplier.resting > 0 {
            parts.append(language.pick("\(supplier.resting)人は休養中（規則5）", "\(supplier.resting) resting (rule 5)"))
        }
        if supplier.free > 0 {
            let free = supplier.free
            if supplier.isAtCapacity {
                parts.append(
                    language.pick(
                        "\(free)人は空いているが市町が派遣の上限（規則6）", "\(free) free but the municipality is at capacity (rule 6)"))
            } else if supplier.costPerPerson >= 0 {
                parts.append(
                    language.pick(
                        "\(free)人は空いているが送っても費用が下がらない", "\(free) free but sending them would not lower the cost"))
            } else if filled {
                parts.append(
                    language.pick(
                        "\(free)人は空いているが不要（より近い順位の市町で充足）",
                        "\(free) free, not needed: cheaper suppliers filled the request"))
            } else {
                parts.append(
                    language.pick(
                        "\(free)人は空いているが、より効果の大きい要請に残す",
                        "\(free) free, kept for requests where they lower the cost more"))
            }
        }
        return parts
    }

    /// The explanation in Japanese: 第N+1期 for period N, the government's words.
    static func japanese(_ explanation: PlanExplanation, roster: Roster) -> String {
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let request = explanation.request
        var out =
            "\(PlainText.line(request.id.rawValue)): \(PlainText.line(names[request.municipality] ?? "")) \(request.municipality)、\(request.category.japaneseLabel)、"
            + "\(request.headcount)人、\(request.days.from.japaneseShort)〜\(request.days.to.japaneseShort)、\(request.priority.japaneseLabel)\n"
        if explanation.periods.isEmpty { out += "  計画したどの期にも当たりません\n" }
        for period in explanation.periods {
            out +=
                "\n\(ReportWords.period(period.index, period.window))  充足 \(period.filled)/\(period.headcount)人\n"
            if period.suppliers.isEmpty {
                out += "  被災市町以外にこの業務の職員がいません\n"
                continue
            }
            // Each supplier's verdict on lines of its own under its row: a line stays within
            // 100 columns (a terminal, an A4 page).
            var rows: [(cells: [String], reasons: [String])] = [
                (["応援市町", "区分", "距離(km)", "1人あたりの費用", "該当職員", "選定"], [])
            ]
            for supplier in period.suppliers {
                rows.append(
                    (
                        [
                            "\(names[supplier.municipality] ?? "") \(supplier.municipality)",
                            supplier.tier.japaneseLabel,
                            String(supplier.distanceKm), PlanText.grouped(supplier.costPerPerson),
                            String(supplier.skilled), String(supplier.chosen.count),
                        ],
                        verdictParts(supplier, filled: period.filled == period.headcount, language: .japanese)
                    ))
            }
            out += ReasonedRows.render(rows, indent: "  ")
            let chosen = period.suppliers.flatMap(\.chosen).sorted()
            if !chosen.isEmpty {
                out += "  選定（\(chosen.count)人）:\n"
                out += Self.wrapped(chosen.map { PlainText.line($0.rawValue) }, indent: "    ")
            }
        }
        return PlainText.document(out)
    }

    /// `items` joined by `、` on lines of at most 100 columns, each starting with `indent`.
    static func wrapped(_ items: [String], indent: String) -> String {
        var out = ""
        var line = indent
        for (index, item) in items.enumerated() {
            let piece = item + (index == items.count - 1 ? "" : "、")
            if line != indent, TextColumns.displayWidth(line + piece) > 100 {
                out += line + "\n"
                line = indent
            }
            line += piece
        }
        return out + line + "\n"
    }
}

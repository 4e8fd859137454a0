import CounterpartCore
import CounterpartPlanner

extension DrillText {
    /// The drill in Japanese: the plan (``PlanText``), then every 不足 by 期 with its reason,
    /// the 被災市町 to call, and the headquarters staff who ask the national scheme.
    static func japanese(_ plan: Plan, roster: Roster, scenario: Scenario) -> String {
        var out = PlanText.render(plan, roster: roster, scenario: scenario, language: .japanese)
        out += "\n不足と上申\n"
        let requests = Dictionary(scenario.requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        func label(_ code: LocalGovernmentCode) -> String { "\(names[code] ?? "") \(code)" }
        let short = plan.periods.flatMap { period in period.shortfalls.map { (period, $0) } }
        guard !short.isEmpty else {
            return out + "  不足なし: 県内のグループでこの訓練の応援要請をすべて満たせます。上申は不要です。\n"
        }
        let missing = short.reduce(0) { $0 + $1.1.missing }
        out += "  不足 \(short.count)件、計\(missing)人:\n"
        out += ReasonedRows.render(
            short.map { period, shortfall in
                let municipality = requests[shortfall.request]?.municipality
                return (
                    [
                        ReportWords.period(period.index, period.days), shortfall.request.rawValue,
                        municipality.map(label) ?? "", shortfall.category.japaneseLabel,
                        ReportWords.missing(shortfall.missing),
                    ], [shortfall.reason.japaneseSentence]
                )
            }, indent: "    ")
        let hit = Set(short.compactMap { requests[$0.1.request]?.municipality }).sorted()
        out += "\n  被災市町の連絡先:\n"
        out += TextColumns.render(
            hit.map { code in
                guard let member = contact(for: code, in: roster) else { return [label(code), "ホットライン登録者なし"] }
                return [label(code), member.role.japaneseLabel, member.name, member.phone ?? "—"]
            }, indent: "    ")
        out += "\n  県災害対策本部を通じて国の応急対策職員派遣制度へ上申:\n"
        let headquarters = roster.members.filter { $0.municipality == roster.prefecture && $0.role.isHeadquarters }
            .sorted { ($0.role, $0.id) < ($1.role, $1.id) }
        if headquarters.isEmpty { out += "    県本部の登録者なし\n" }
        out += TextColumns.render(
            headquarters.map { [$0.role.japaneseLabel, $0.name, $0.phone ?? "—"] }, indent: "    ")
        return PlainText.document(out)
    }
}

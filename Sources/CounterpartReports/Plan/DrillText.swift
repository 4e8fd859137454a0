import CounterpartCore
import CounterpartPlanner

/// The headquarters view of a drill: the plan's text, then every shortfall and whom to
/// call about it — the hit municipality's liaison, and the prefecture headquarters staff
/// who escalate to the national scheme.
public enum DrillText {
    /// The roles asked for a hit municipality's contact, first that answers.
    static let contactRoles: [HotlineRole] = [.liaison, .disasterManager, .personnelManager, .viceMayor]

    /// The plan's text, the shortfalls, whom to call and who escalates (`drill run`), names
    /// made safe for a terminal (``PlainText``; the tables' cells by ``TextColumns``), in `language`.
    public static func render(
        _ plan: Plan, roster: Roster, scenario: Scenario, language: Language = .english
    ) -> String {
        if language == .japanese { return japanese(plan, roster: roster, scenario: scenario) }
        var out = PlanText.render(plan, roster: roster, scenario: scenario)
        out += "\nShortfalls and escalation 不足と上申\n"
        let requests = Dictionary(scenario.requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let short = plan.periods.flatMap { period in period.shortfalls.map { (period.index, $0) } }
        guard !short.isEmpty else {
            return out
                + "  No shortfalls: the prefecture's groups fill every request of this drill. Nothing to escalate.\n"
        }
        let missing = short.reduce(0) { $0 + $1.1.missing }
        out += "  \(short.count) shortfall\(short.count == 1 ? "" : "s"), \(missing) people missing in all:\n"
        out += TextColumns.render(
            short.map { period, shortfall in
                let municipality = requests[shortfall.request]?.municipality
                return [
                    "period \(period)", shortfall.request.rawValue,
                    municipality.map { "\(names[$0] ?? "") \($0)" } ?? "",
                    "\(shortfall.category.japaneseLabel) \(shortfall.category)", "missing \(shortfall.missing)",
                    shortfall.reason.sentence,
                ]
            }, indent: "    ")
        let hit = Set(short.compactMap { requests[$0.1.request]?.municipality }).sorted()
        out += "\n  Call the hit municipalities 被災市町の連絡先:\n"
        out += TextColumns.render(
            hit.map { code in
                let label = "\(names[code] ?? "") \(code)"
                guard let member = contact(for: code, in: roster) else {
                    return [label, "no hotline member registered"]
                }
                return [label, "\(member.role.japaneseLabel) \(member.role)", member.name, member.phone ?? "—"]
            }, indent: "    ")
        out += "\n  Escalate to the national scheme (応急対策職員派遣制度) through headquarters 県災害対策本部:\n"
        let headquarters = roster.members.filter { $0.municipality == roster.prefecture && $0.role.isHeadquarters }
            .sorted { ($0.role, $0.id) < ($1.role, $1.id) }
        if headquarters.isEmpty { out += "    no headquarters member registered\n" }
        out += TextColumns.render(
            headquarters.map { member in
                ["\(member.role.japaneseLabel) \(member.role)", member.name, member.phone ?? "—"]
            }, indent: "    ")
        return PlainText.document(out)
    }

    /// The hotline member to call for `code`: its liaison, else the next role that answers.
    static func contact(for code: LocalGovernmentCode, in roster: Roster) -> HotlineMember? {
        for role in contactRoles {
            let members = roster.members.filter { $0.municipality == code && $0.role == role }.sorted { $0.id < $1.id }
            if let first = members.first { return first }
        }
        return nil
    }
}

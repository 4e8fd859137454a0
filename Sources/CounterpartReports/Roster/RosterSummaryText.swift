import CounterpartCore

/// `roster show`: one block per municipality, for a person checking the roster.
public enum RosterSummaryText {
    /// The roster's counts, then every municipality (or only the one `only` names) in code order.
    /// Names are made safe for a terminal (``PlainText``).
    public static func render(_ roster: Roster, only: LocalGovernmentCode?, language: Language = .english) -> String {
        let ja = language == .japanese
        let names = Dictionary(
            roster.municipalities.map { ($0.code, PlainText.line($0.name)) }, uniquingKeysWith: { first, _ in first })
        func label(_ code: LocalGovernmentCode) -> String { "\(names[code] ?? "") \(code)" }
        var out =
            ja
            ? "名簿 \(roster.prefecture)（\(roster.effective.japaneseLong)から適用）: 市町 \(roster.municipalities.count)、"
                + "グループ \(roster.groups.count)、メンバー \(roster.members.count)人、職員 \(roster.staff.count)人\n"
            : "Roster of \(roster.prefecture), effective \(roster.effective): \(roster.municipalities.count) municipalities, "
                + "\(roster.groups.count) groups, \(roster.members.count) members, \(roster.staff.count) staff\n"
        for municipality in roster.municipalities.sorted(by: { $0.code < $1.code })
        where only == nil || only == municipality.code {
            out += "\n\(PlainText.line(municipality.name)) \(municipality.code) (\(municipality.kind.japaneseLabel))"
            if let capacity = municipality.dispatchCapacity {
                out += ja ? "  派遣可能数 \(capacity)" : "  dispatch capacity \(capacity)"
            }
            if let population = municipality.population {
                out += ja ? "  人口 \(population)" : "  population \(population)"
            }
            out += "\n"
            if let renewed = roster.listsEffective[municipality.code] {
                out +=
                    ja
                    ? "  一覧の適用開始 \(renewed.japaneseLong)（市町ごとに更新。名簿全体は \(roster.effective.japaneseLong)）\n"
                    : "  list effective \(renewed) (renewed on its own; the roster's day is \(roster.effective))\n"
            }
            let groups = roster.groups.filter { $0.memberCodes.contains(municipality.code) }.map {
                PlainText.line($0.id.rawValue)
            }
            out +=
                ja
                ? "  グループ: \(groups.isEmpty ? "なし" : groups.joined(separator: "、"))\n"
                : "  group: \(groups.isEmpty ? "none" : groups.joined(separator: ", "))\n"
            if let (group, pairing) = roster.pairing(forAffected: municipality.code) {
                out +=
                    ja
                    ? "  応援市町（\(PlainText.line(group.id.rawValue))グループ）: 一次支援市 \(label(pairing.primary))"
                    : "  supporters (\(PlainText.line(group.id.rawValue))): 一次支援 primary \(label(pairing.primary))"
                if !pairing.secondaries.isEmpty {
                    out +=
                        (ja ? "、二次支援市町 " : "; 二次支援 secondary ")
                        + pairing.secondaries.map(label).joined(separator: ja ? "、" : ", ")
                }
                if let status = pairing.status { out += "  [\(status)]" }
                out += "\n"
            } else {
                out += ja ? "  応援市町: 組合せなし\n" : "  supporters: no pairing\n"
            }
            let members = roster.members.filter { $0.municipality == municipality.code }.sorted {
                ($0.role, $0.id) < ($1.role, $1.id)
            }
            out += TextColumns.render(
                members.map {
                    [
                        ja ? $0.role.japaneseLabel : "\($0.role.japaneseLabel) \($0.role)", $0.name, $0.id.rawValue,
                        $0.phone ?? "", $0.email ?? "",
                    ]
                },
                indent: "  ")
            let staff = roster.staff.filter { $0.municipality == municipality.code }
            let counts = JobCategory.allCases.compactMap { category -> String? in
                let count = staff.filter { $0.skills.contains(category) }.count
                return count == 0 ? nil : "\(category.japaneseLabel) \(count)"
            }
            out +=
                ja
                ? "  職員 \(staff.count)人: \(counts.joined(separator: "、"))\n"
                : "  staff \(staff.count): \(counts.joined(separator: ", "))\n"
        }
        return PlainText.document(out)
    }
}

import CounterpartCore

/// The contact sheet as plain text.
public enum ContactSheetText {
    /// The sheet as aligned columns, one block per group (`roster contacts`); each member with
    /// role, name, phone and id.
    public static func render(_ sheet: ContactSheet) -> String {
        var out = "連絡網 hotline contact sheet — prefecture \(sheet.prefecture), roster effective \(sheet.effective)\n"
        for group in sheet.groups {
            out += "\n\(group.name) (\(group.id))\n"
            if !sheet.headquarters.isEmpty {
                out += "  県 headquarters\n"
                out += TextColumns.render(
                    sheet.headquarters.map(row), indent: "    ")
            }
            for entry in group.entries {
                out += "  \(entry.municipality.name) \(entry.municipality.code)"
                if let primary = entry.primary {
                    out += "  一次支援: \(primary)"
                    if !entry.secondaries.isEmpty { out += "  二次支援: \(entry.secondaries.joined(separator: ", "))" }
                }
                out += "\n"
                out +=
                    entry.members.isEmpty
                    ? "    (no members registered)\n"
                    : TextColumns.render(
                        entry.members.map(row), indent: "    ")
            }
        }
        return out
    }

    /// A member's line: role, name, phone, and the id to give `ack --member`.
    private static func row(_ member: HotlineMember) -> [String] {
        [member.role.japaneseLabel, member.name, member.phone ?? "—", member.id.rawValue]
    }
}

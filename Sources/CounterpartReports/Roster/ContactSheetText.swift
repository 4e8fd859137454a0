import CounterpartCore

/// The contact sheet as plain text.
public enum ContactSheetText {
    /// The sheet as aligned columns, one block per group (`roster contacts`), names made safe
    /// for a terminal (``PlainText``).
    public static func render(_ sheet: ContactSheet) -> String {
        var out = "連絡網 hotline contact sheet — prefecture \(sheet.prefecture), roster effective \(sheet.effective)\n"
        for group in sheet.groups {
            out += "\n\(PlainText.line(group.name)) (\(PlainText.line(group.id.rawValue)))\n"
            if !sheet.headquarters.isEmpty {
                out += "  県 headquarters\n"
                out += TextColumns.render(
                    sheet.headquarters.map { ["\($0.role.japaneseLabel)", $0.name, $0.phone ?? "—"] }, indent: "    ")
            }
            for entry in group.entries {
                out += "  \(PlainText.line(entry.municipality.name)) \(entry.municipality.code)"
                if let primary = entry.primary {
                    out += "  一次支援: \(PlainText.line(primary))"
                    if !entry.secondaries.isEmpty {
                        out += "  二次支援: \(entry.secondaries.map(PlainText.line).joined(separator: ", "))"
                    }
                }
                out += "\n"
                out +=
                    entry.members.isEmpty
                    ? "    (no members registered)\n"
                    : TextColumns.render(
                        entry.members.map { ["\($0.role.japaneseLabel)", $0.name, $0.phone ?? "—"] }, indent: "    ")
            }
        }
        return PlainText.document(out)
    }
}

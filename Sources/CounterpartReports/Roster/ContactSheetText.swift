import CounterpartCore

/// The contact sheet as plain text.
public enum ContactSheetText {
    /// The sheet as aligned columns, one block per group (`roster contacts`); each member with
    /// role, name, phone and id, names made safe for a terminal (``PlainText``).
    /// In Japanese (`language`), the heading, the headquarters, the supporters and an empty
    /// municipality are said in Japanese, the day as `2026年4月1日(水)`, and the secondary
    /// supporters get a line of their own.
    public static func render(_ sheet: ContactSheet, language: Language = .english) -> String {
        let japanese = language == .japanese
        var out =
            japanese
            ? "連絡網 — 県 \(sheet.prefecture)、名簿の基準日 \(sheet.effective.japaneseLong)\n"
            : "連絡網 hotline contact sheet — prefecture \(sheet.prefecture), roster effective \(sheet.effective)\n"
        for group in sheet.groups {
            out += "\n\(PlainText.line(group.name)) (\(PlainText.line(group.id.rawValue)))\n"
            if !sheet.headquarters.isEmpty {
                out += japanese ? "  県本部\n" : "  県 headquarters\n"
                out += TextColumns.render(
                    sheet.headquarters.map(row), indent: "    ")
            }
            for entry in group.entries {
                out += "  \(PlainText.line(entry.municipality.name)) \(entry.municipality.code)"
                if let primary = entry.primary {
                    out += "  \(japanese ? "一次支援市" : "一次支援"): \(PlainText.line(primary))"
                    if !entry.secondaries.isEmpty, !japanese {
                        out += "  二次支援: \(entry.secondaries.map(PlainText.line).joined(separator: ", "))"
                    }
                }
                out += "\n"
                if japanese, entry.primary != nil, !entry.secondaries.isEmpty {
                    // A line of their own, wrapped: up to five supporters must fit 100 columns.
                    out += WrappedList.render(
                        "    二次支援市町: ", entry.secondaries.map(PlainText.line), continuation: "                  ",
                        width: 100, language: .japanese)
                }
                out +=
                    entry.members.isEmpty
                    ? (japanese ? "    （登録者なし）\n" : "    (no members registered)\n")
                    : TextColumns.render(
                        entry.members.map(row), indent: "    ")
            }
        }
        return PlainText.document(out)
    }

    /// A member's line: role, name, phone, and the id to give `ack --member`.
    private static func row(_ member: HotlineMember) -> [String] {
        [member.role.japaneseLabel, member.name, member.phone ?? "—", member.id.rawValue]
    }
}

import CounterpartCore

/// The contact sheet as one self-contained HTML page that prints on A4.
public enum ContactSheetHTML {
    /// The page: one section per group, one table per municipality (`roster contacts --format html`).
    /// In Japanese (`language`), the heading, the headquarters, the supporters and an empty
    /// municipality are said in Japanese and the day as `2026年4月1日(水)`.
    public static func render(_ sheet: ContactSheet, language: Language = .english) -> String {
        let japanese = language == .japanese
        let heading =
            japanese
            ? "連絡網 — 県 \(sheet.prefecture)、名簿の基準日 \(sheet.effective.japaneseLong)"
            : "連絡網 hotline contact sheet — \(sheet.prefecture), effective \(sheet.effective)"
        var out = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>連絡網 \(sheet.prefecture)</title>
            <style>
            @page { size: A4; margin: 12mm; }
            body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 10pt; color: #000; }
            h1 { font-size: 14pt; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; page-break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; page-break-inside: avoid; }
            th, td { border: 0.3mm solid #444; padding: 1mm 2mm; text-align: left; vertical-align: top; }
            th { background: #eee; } .support { font-size: 9pt; }
            section { page-break-before: always; } section:first-of-type { page-break-before: auto; }
            </style></head><body>
            <h1>\(escape(heading))</h1>

            """
        for group in sheet.groups {
            out += "<section><h2>\(escape(group.name)) (\(escape(group.id.rawValue)))</h2>\n"
            if !sheet.headquarters.isEmpty {
                out += table(
                    caption: japanese ? "県本部" : "県 headquarters", support: nil, members: sheet.headquarters,
                    japanese: japanese)
            }
            for entry in group.entries {
                var support: String?
                if let primary = entry.primary {
                    let (first, second) = japanese ? ("一次支援市", "二次支援市町") : ("一次支援", "二次支援")
                    support =
                        "\(first) \(primary)"
                        + (entry.secondaries.isEmpty ? "" : " / \(second) \(entry.secondaries.joined(separator: ", "))")
                }
                out += table(
                    caption: "\(entry.municipality.name) \(entry.municipality.code)", support: support,
                    members: entry.members, japanese: japanese)
            }
            out += "</section>\n"
        }
        return out + "</body></html>\n"
    }

    private static func table(caption: String, support: String?, members: [HotlineMember], japanese: Bool) -> String {
        var out = "<table><tr><th colspan=\"4\">\(escape(caption))"
        if let support { out += "<br><span class=\"support\">\(escape(support))</span>" }
        out += "</th></tr>\n"
        if members.isEmpty {
            out += "<tr><td colspan=\"4\">\(japanese ? "登録者なし" : "no members registered")</td></tr>\n"
        }
        for member in members {
            out +=
                "<tr><td>\(escape(member.role.japaneseLabel))</td><td>\(escape(member.name))</td><td>\(escape(member.phone ?? "—"))</td>"
                + "<td>\(escape(member.id.rawValue))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private static func escape(_ text: String) -> String { HTMLText.escaped(text) }
}

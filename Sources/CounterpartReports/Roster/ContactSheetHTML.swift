import CounterpartCore

/// The contact sheet as one self-contained HTML page that prints on A4.
public enum ContactSheetHTML {
    /// The page: one section per group, one table per municipality (`roster contacts --format html`).
    public static func render(_ sheet: ContactSheet) -> String {
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
            <h1>連絡網 hotline contact sheet — \(escape(sheet.prefecture.description)), effective \(escape(sheet.effective.description))</h1>

            """
        for group in sheet.groups {
            out += "<section><h2>\(escape(group.name)) (\(escape(group.id.rawValue)))</h2>\n"
            if !sheet.headquarters.isEmpty {
                out += table(caption: "県 headquarters", support: nil, members: sheet.headquarters)
            }
            for entry in group.entries {
                var support: String?
                if let primary = entry.primary {
                    support =
                        "一次支援 \(primary)"
                        + (entry.secondaries.isEmpty ? "" : " / 二次支援 \(entry.secondaries.joined(separator: ", "))")
                }
                out += table(
                    caption: "\(entry.municipality.name) \(entry.municipality.code)", support: support,
                    members: entry.members)
            }
            out += "</section>\n"
        }
        return out + "</body></html>\n"
    }

    private static func table(caption: String, support: String?, members: [HotlineMember]) -> String {
        var out = "<table><tr><th colspan=\"4\">\(escape(caption))"
        if let support { out += "<br><span class=\"support\">\(escape(support))</span>" }
        out += "</th></tr>\n"
        if members.isEmpty { out += "<tr><td colspan=\"4\">no members registered</td></tr>\n" }
        for member in members {
            out +=
                "<tr><td>\(escape(member.role.japaneseLabel))</td><td>\(escape(member.name))</td><td>\(escape(member.phone ?? "—"))</td>"
                + "<td>\(escape(member.id.rawValue))</td></tr>\n"
        }
        return out + "</table>\n"
    }

    private static func escape(_ text: String) -> String { HTMLText.escaped(text) }
}

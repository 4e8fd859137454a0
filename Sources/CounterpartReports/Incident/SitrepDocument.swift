import CounterpartCore
import CounterpartOperations

/// The situation report laid out once — a title, facts, and captioned tables — then written
/// as text, Markdown or HTML by the renderers below, so the three always say the same.
public struct SitrepDocument: Sendable {
    /// A captioned table.
    public struct Table: Sendable {
        public var caption: String
        public var headers: [String]
        public var rows: [[String]]
        /// Rows to highlight (a shortfall), by index.
        public var highlighted: Set<Int> = []
        /// What to say when there are no rows.
        public var empty: String
    }

    /// The heading.
    public var title: String
    /// Lines of fact under the heading.
    public var facts: [String]
    /// The tables, in order.
    public var tables: [Table]

    /// The report laid out, as of `now`, in `language`.
    public init(_ report: SituationReport, names: RosterNames, now: Timestamp, language: Language = .english) {
        if language == .japanese {
            self = Self.japanese(report, names: names, now: now)
            return
        }
        let incident = report.incident
        title = "状況報告 Situation report — \(incident.id) \(incident.name)" + (incident.isDrill ? "（訓練 drill）" : "")
        facts = [
            "As of \(now.japanTime) (JST); \(incident.isOpen ? "open" : "closed"); start \(incident.start), periods of \(incident.rotationDays) days.",
            "Affected: " + incident.affected.map { "\(names.name($0)) (\($0))" }.joined(separator: "、") + ".",
            report.planVersion.map {
                "Figures from plan version \($0); counts are person-periods (people × rotation periods)."
            }
                ?? "Not planned yet; counts are person-periods (people × rotation periods).",
        ]
        let categories = report.categories
        tables = [
            Table(
                caption: "By hit municipality and category 被災市町・業務別",
                headers: ["Municipality", "Category", "Requested", "Proposed", "Confirmed", "Dispatched", "Short"],
                rows: categories.map { line in
                    [
                        names.name(line.municipality), "\(line.category.japaneseLabel) \(line.category)",
                        "\(line.requested)",
                        "\(line.proposed)", "\(line.confirmed)", "\(line.dispatched)", "\(line.short)",
                    ]
                },
                highlighted: Set(categories.indices.filter { categories[$0].short > 0 }), empty: "No requests yet."),
            Table(
                caption: "Supporters 応援市町", headers: ["Municipality", "Away now", "Person-days so far"],
                rows: report.supporters.map { [names.name($0.municipality), "\($0.away)", "\($0.personDays)"] },
                empty: "Nobody dispatched yet."),
            Table(
                caption: "Unacknowledged 未確認 (whom to phone)",
                headers: ["Municipality", "Call", "Phone", "Unread items", "Members waiting", "Waiting since"],
                rows: report.unacknowledged.map { group in
                    [
                        names.name(group.municipality),
                        group.contact.map { "\($0.name) (\($0.role.japaneseLabel))" } ?? "—",
                        group.contact?.phone ?? "—", group.items.map(\.item.description).joined(separator: ", "),
                        "\(Set(group.items.flatMap(\.waiting)).count)", group.oldest.japanTime,
                    ]
                },
                empty: "Everything has been acknowledged."),
        ]
        if !report.notices.isEmpty { tables.append(Self.notices(report.notices)) }
        tables += [
            Table(
                caption: "Last \(report.events.count) events 最新の記録", headers: ["Time", "By", "Record", "What"],
                rows: report.events.map { [$0.stamp.time.japanTime, $0.byline, $0.subject, $0.text] },
                empty: "No events.")
        ]
    }

    /// The incident's notices, title and text (its lines run together), and how many of
    /// those who must acknowledge each have. Shown only when the incident has notices.
    private static func notices(_ notices: [NoticeRecord]) -> Table {
        Table(
            caption: "Notices 掲示",
            headers: ["Notice", "Posted", "By", "To", "Title", "Text", "Acknowledged"],
            rows: notices.map { record in
                let notice = record.notice
                return [
                    notice.id.description, notice.posted.time.japanTime, notice.posted.actor,
                    notice.group.map { "group \($0) and headquarters" } ?? "all members", notice.title,
                    notice.body.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(
                        separator: " / "),
                    "\(record.acknowledged.count) of \(record.readers.count)",
                ]
            },
            empty: "No notices.")
    }

    /// As plain text for a terminal: names made safe (``PlainText``), cells in aligned columns.
    public var text: String {
        var out = PlainText.line(title) + "\n" + facts.map(PlainText.line).joined(separator: "\n") + "\n"
        for table in tables {
            out += "\n\(table.caption)\n"
            out +=
                table.rows.isEmpty
                ? "  \(table.empty)\n" : TextColumns.render([table.headers] + table.rows, indent: "  ")
        }
        return out
    }

    /// As Markdown, every text escaped (``MarkdownText``): what names say is shown as written.
    public var markdown: String {
        let cell = MarkdownText.escaped
        var out = "# \(cell(title))\n\n" + facts.map { "- \(cell($0))\n" }.joined()
        for table in tables {
            out += "\n## \(cell(table.caption))\n\n"
            guard !table.rows.isEmpty else {
                out += "\(cell(table.empty))\n"
                continue
            }
            out += "| " + table.headers.map(cell).joined(separator: " | ") + " |\n"
            out += "|" + table.headers.map { _ in " --- |" }.joined() + "\n"
            for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        }
        return out
    }

    /// As one self-contained HTML page that prints on A4.
    public var html: String {
        let escape = HTMLText.escaped
        var out = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <style>
            @page { size: A4; margin: 12mm; }
            body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 9.5pt; color: #000; }
            h1 { font-size: 14pt; margin: 0 0 3mm; } h2 { font-size: 11.5pt; margin: 5mm 0 2mm; page-break-after: avoid; }
            p { margin: 0 0 1mm; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
            tr { page-break-inside: avoid; }
            th, td { border: 0.3mm solid #444; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #eee; } tr.short td { background: #f8d0d0; font-weight: bold; }
            </style></head><body>
            <h1>\(escape(title))</h1>

            """
        out += facts.map { "<p>\(escape($0))</p>\n" }.joined()
        for table in tables {
            out += "<h2>\(escape(table.caption))</h2>\n"
            guard !table.rows.isEmpty else {
                out += "<p>\(escape(table.empty))</p>\n"
                continue
            }
            out += "<table><tr>" + table.headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
            for (index, row) in table.rows.enumerated() {
                out +=
                    (table.highlighted.contains(index) ? "<tr class=\"short\">" : "<tr>")
                    + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</body></html>\n"
    }
}

import CounterpartCore
import CounterpartCoverage

/// A coverage sweep as one self-contained HTML page (inline CSS, no scripts, nothing
/// fetched) that prints on A4: one table per section, each category cell coloured by its
/// shortfall — none, light (at most a quarter missing) or heavy.
public enum CoverageHTML {
    /// The page (`coverage --format html`).
    /// In `language`: Japanese as ``japanese(_:)`` lays it out.
    public static func render(_ report: CoverageReport, language: Language = .english) -> String {
        if language == .japanese { return japanese(report) }
        let categories = JobCategory.allCases.filter { category in
            report.profile.needs.contains { $0.category == category }
        }
        var out = head(title: "充足分析 \(report.profile.id)")
        out += """
            <h1>充足分析 coverage — \(escape(report.profileLabel))</h1>
            <p>Rotation period 0 of \(report.profile.rotationDays) days from \(escape(report.startLabel)). \
            Each cell: filled/needed people. \(report.roster.municipalities.count) municipalities, \(report.roster.staff.count) staff.</p>
            <p class="legend"><span class="none">covered</span> <span class="light">up to a quarter missing</span> <span class="heavy">more missing</span></p>

            """
        out += table("単独被災 single hits", report.singles, categories, report)
        if report.depth == 2 { out += table("二市町同時被災 pairs", report.pairs, categories, report) }
        out += summary(report)
        return out + "</body></html>\n"
    }

    /// The page's head: title, A4 landscape style, up to `<body>`.
    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        @page { size: A4 landscape; margin: 10mm; }
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 8pt; color: #000; }
        h1 { font-size: 13pt; margin: 0 0 3mm; } h2 { font-size: 11pt; margin: 5mm 0 2mm; page-break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }
        tr { page-break-inside: avoid; } thead { display: table-header-group; }
        th, td { border: 0.3mm solid #444; padding: 0.6mm 1.2mm; text-align: left; vertical-align: top; }
        th { background: #eee; } td.n { text-align: right; }
        .none { background: #e3f2e1; } .light { background: #fff1b8; } .heavy { background: #f4b6b0; font-weight: bold; }
        p.legend span { padding: 0 2mm; border: 0.3mm solid #444; }
        </style></head><body>

        """
    }

    /// The colour class of a cell: `none`, `light` or `heavy`.
    static func shade(missing: Int, needed: Int) -> String {
        if missing <= 0 { return "none" }
        return missing * 4 <= needed ? "light" : "heavy"
    }

    /// One table of results; `language` words its headings and the shortfall cell.
    static func table(
        _ title: String, _ results: [CoverageResult], _ categories: [JobCategory], _ report: CoverageReport,
        language: Language = .english
    ) -> String {
        let japanese = language == .japanese
        var out =
            "<h2>\(escape(title))</h2>\n<table><thead><tr><th>#</th>"
            + (japanese ? "<th>被災市町</th><th>不足/必要</th>" : "<th>被災 hit</th><th>不足 short</th>")
        for category in categories {
            out +=
                japanese
                ? "<th>\(escape(category.japaneseLabel))</th>"
                : "<th>\(escape(category.japaneseLabel))<br>\(escape(category.rawValue))</th>"
        }
        out += "<th>一次/二次/グループ/県</th></tr></thead>\n<tbody>\n"
        for (rank, result) in results.enumerated() {
            out += "<tr><td class=\"n\">\(rank + 1)</td><td>\(escape(report.label(result.hits)))</td>"
            out +=
                "<td class=\"n \(shade(missing: result.missing, needed: result.needed))\">\(result.missing)\(japanese ? "/" : " of ")\(result.needed)</td>"
            for category in categories {
                guard let coverage = result.categories.first(where: { $0.category == category }) else {
                    out += "<td></td>"
                    continue
                }
                out +=
                    "<td class=\"n \(shade(missing: coverage.missing, needed: coverage.needed))\">\(coverage.filled)/\(coverage.needed)</td>"
            }
            let tiers = result.filledByTier
            out += "<td class=\"n\">\(tiers.primary)/\(tiers.secondary)/\(tiers.group)/\(tiers.prefecture)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    private static func summary(_ report: CoverageReport) -> String {
        let summary = report.summary
        var out = "<h2>要約 summary</h2>\n<ul>\n"
        out += "<li>Single hits that cannot be covered: \(summary.shortSingles.count) of \(summary.singles)"
        if !summary.shortSingles.isEmpty {
            out +=
                "<ul>"
                + summary.shortSingles.map { single in
                    "<li>\(escape(report.label(single.hit))): "
                        + escape(
                            single.shortages.map { "\(CoverageReport.label($0.category)) \($0.missing)" }.joined(
                                separator: ", ")) + "</li>"
                }.joined() + "</ul>"
        }
        out += "</li>\n"
        if report.depth == 2 { out += "<li>Pairs with a shortfall: \(summary.shortPairs) of \(summary.pairs)</li>\n" }
        out +=
            "<li>Supporters most relied on: "
            + escape(
                summary.supporters.map {
                    "\(report.label($0.supplier)) \($0.people) people in \($0.sets) sets"
                }.joined(separator: "; ")) + "</li>\n"
        return out + "</ul>\n"
    }

    static func escape(_ text: String) -> String { HTMLText.escaped(text) }
}

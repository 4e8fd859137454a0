import CounterpartCore
import CounterpartCoverage

extension CoverageHTML {
    /// The page in Japanese: the same tables and colours as in English, every heading,
    /// legend and sentence in Japanese, the categories by their 業務区分 label alone.
    static func japanese(_ report: CoverageReport) -> String {
        let categories = JobCategory.allCases.filter { category in
            report.profile.needs.contains { $0.category == category }
        }
        var out = head(title: "充足分析 \(report.profile.id)")
        out += "<h1>充足分析 — \(escape(report.profileLabel))</h1>\n"
        out +=
            "<p>\(escape(report.start.japaneseLong))から\(report.profile.rotationDays)日間の第1期を試算"
            + "（開始日は\(escape(report.startSource))）。各欄は充足人数/必要人数。"
            + "名簿: \(report.roster.municipalities.count)市町、職員\(report.roster.staff.count)人。</p>\n"
        out +=
            "<p class=\"legend\"><span class=\"none\">充足</span> <span class=\"light\">不足は4分の1以下</span> "
            + "<span class=\"heavy\">不足は4分の1超</span></p>\n"
        out += japaneseTable("単独被災", report.singles, categories, report)
        if report.depth == 2 { out += japaneseTable("二市町同時被災", report.pairs, categories, report) }
        out += japaneseSummary(report)
        return out + "</body></html>\n"
    }

    private static func japaneseTable(
        _ title: String, _ results: [CoverageResult], _ categories: [JobCategory], _ report: CoverageReport
    ) -> String {
        var out = "<h2>\(escape(title))</h2>\n<table><thead><tr><th>#</th><th>被災市町</th><th>不足/必要</th>"
        for category in categories { out += "<th>\(escape(category.japaneseLabel))</th>" }
        out += "<th>一次/二次/グループ/県</th></tr></thead>\n<tbody>\n"
        for (rank, result) in results.enumerated() {
            out += "<tr><td class=\"n\">\(rank + 1)</td><td>\(escape(report.label(result.hits)))</td>"
            out +=
                "<td class=\"n \(shade(missing: result.missing, needed: result.needed))\">\(result.missing)/\(result.needed)</td>"
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

    private static func japaneseSummary(_ report: CoverageReport) -> String {
        let summary = report.summary
        var out = "<h2>要約</h2>\n<ul>\n"
        out += "<li>対応できない単独被災: \(summary.shortSingles.count)通り（\(summary.singles)通り中）"
        if !summary.shortSingles.isEmpty {
            out +=
                "<ul>"
                + summary.shortSingles.map { single in
                    "<li>\(escape(report.label(single.hit))): "
                        + escape(
                            single.shortages.map { "\($0.category.japaneseLabel) \($0.missing)人" }.joined(
                                separator: "、")) + "</li>"
                }.joined() + "</ul>"
        }
        out += "</li>\n"
        if report.depth == 2 {
            out += "<li>不足のある二市町同時被災: \(summary.shortPairs)通り（\(summary.pairs)通り中）</li>\n"
        }
        out +=
            "<li>派遣の多い応援市町: "
            + escape(
                summary.supporters.map { "\(report.label($0.supplier)) \($0.people)人（\($0.sets)通り）" }
                    .joined(separator: "、")) + "</li>\n"
        return out + "</ul>\n"
    }
}

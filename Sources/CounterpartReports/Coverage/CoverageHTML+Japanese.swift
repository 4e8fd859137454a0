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
        out += table("単独被災", report.singles, categories, report, language: .japanese)
        if report.depth == 2 { out += table("二市町同時被災", report.pairs, categories, report, language: .japanese) }
        out += japaneseSummary(report)
        return out + "</body></html>\n"
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

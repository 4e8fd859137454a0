import CounterpartCore
import CounterpartCoverage

extension CoverageText {
    /// The sweep in Japanese: 第1期 planned for each 被災 set, most severe first, each short
    /// 業務区分 with its figures and, on the next line, why it is short; then the summary
    /// (``CoverageSummaryText/japanese(_:)``). Lines stay within 100 columns.
    static func japanese(_ report: CoverageReport) -> String {
        var out =
            "充足分析: \(PlainText.line(report.profileLabel))\n"
            + "  \(report.start.japaneseLong)から\(report.profile.rotationDays)日間の第1期を試算"
            + "（開始日は\(PlainText.line(report.startSource))）\n"
        out += "名簿: \(report.roster.municipalities.count)市町、職員\(report.roster.staff.count)人。"
        out += "単独被災 \(report.singles.count)通り"
        out += report.depth == 2 ? "、二市町同時被災 \(report.pairs.count)通りを試算\n" : "を試算\n"
        out += japaneseSection("単独被災", report.singles, report)
        if report.depth == 2 { out += japaneseSection("二市町同時被災", report.pairs, report) }
        return PlainText.document(out + CoverageSummaryText.japanese(report))
    }

    private static func japaneseSection(
        _ title: String, _ results: [CoverageResult], _ report: CoverageReport
    ) -> String {
        var out = "\n\(title)（深刻な順）:\n"
        let width = String(results.count).count
        for (rank, result) in results.enumerated() {
            let number = String(rank + 1)
            out +=
                String(repeating: " ", count: width - number.count)
                + "\(number). \(PlainText.line(report.label(result.hits)))  "
            out +=
                result.isCovered
                ? "充足（\(result.needed)人）\n" : "不足 \(result.missing)人（必要 \(result.needed)人）\n"
            let indent = String(repeating: " ", count: width + 4)
            out += ReasonedRows.render(
                result.shortCategories.map { coverage in
                    (
                        [
                            coverage.category.japaneseLabel, coverage.priority.japaneseLabel,
                            "必要 \(coverage.needed)", "充足 \(coverage.filled)", "不足 \(coverage.missing)",
                        ], coverage.reasons.map(\.japaneseSentence)
                    )
                }, indent: indent)
            out += indent + "支援区分別の充足: " + japaneseTiers(result.filledByTier) + "\n"
            for code in result.populationUnknown {
                out += indent + "\(PlainText.line(report.label(code))): 人口不明のため最小人数で試算\n"
            }
        }
        return out
    }

    /// `一次支援 20、二次支援 11、グループ内 0、県内 0`.
    static func japaneseTiers(_ counts: TierCounts) -> String {
        Tier.allCases.map { "\($0.japaneseLabel) \(counts[$0])" }.joined(separator: "、")
    }
}

extension CoverageSummaryText {
    /// The summary block in Japanese, starting with an empty line.
    static func japanese(_ report: CoverageReport) -> String {
        let summary = report.summary
        var out = "\n要約\n"
        out += "  対応できない単独被災: \(summary.shortSingles.count)通り（\(summary.singles)通り中）\n"
        for single in summary.shortSingles.prefix(shownSingles) {
            let shortages = single.shortages.map { "\($0.category.japaneseLabel) \($0.missing)人" }
            out += wrapped("    \(PlainText.line(report.label(single.hit))): ", shortages, language: .japanese)
        }
        if summary.shortSingles.count > shownSingles {
            out += "    … ほか\(summary.shortSingles.count - shownSingles)通り（上記参照）\n"
        }
        if report.depth == 2 {
            out += "  不足のある二市町同時被災: \(summary.shortPairs)通り（\(summary.pairs)通り中）\n"
            if !summary.pairCategories.isEmpty {
                let categories = summary.pairCategories.prefix(5).map {
                    "\($0.category.japaneseLabel) \($0.pairs)通り"
                }
                out += wrapped("    不足の多い業務区分（同時被災）: ", Array(categories), language: .japanese)
            }
        }
        out += "  派遣の多い応援市町（全試算の延べ人数）:\n"
        if summary.supporters.isEmpty { out += "    派遣なし\n" }
        out += TextColumns.render(
            summary.supporters.map { supporter in
                [
                    report.label(supporter.supplier), "\(PlanText.grouped(supporter.people))人",
                    "\(supporter.sets)通り",
                ]
            }, indent: "    ")
        return out
    }
}

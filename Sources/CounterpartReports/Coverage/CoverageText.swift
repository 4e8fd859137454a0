import CounterpartCore
import CounterpartCoverage
import CounterpartPlanner

/// A coverage sweep as a headquarters officer reads it: one block per hit set, most severe
/// first (single hits, then pairs), then a one-screen summary.
public enum CoverageText {
    /// The sweep as text, ending with ``CoverageSummaryText`` (`coverage`), names made safe for a
    /// terminal (``PlainText``).
    /// In `language`: Japanese as ``japanese(_:)`` lays it out.
    public static func render(_ report: CoverageReport, language: Language = .english) -> String {
        if language == .japanese { return japanese(report) }
        var out =
            "Coverage 充足分析: \(PlainText.line(report.profileLabel)), rotation period 0 of \(report.profile.rotationDays) days from \(report.startLabel)\n"
        out += "Roster: \(report.roster.municipalities.count) municipalities, \(report.roster.staff.count) staff; "
        out += "\(report.singles.count) single hit\(report.singles.count == 1 ? "" : "s")"
        out +=
            report.depth == 2
            ? " and \(report.pairs.count) pair\(report.pairs.count == 1 ? "" : "s") tried\n" : " tried\n"
        out += section("Single hits 単独被災", report.singles, report)
        if report.depth == 2 { out += section("Pairs 二市町同時被災", report.pairs, report) }
        return PlainText.document(out + CoverageSummaryText.render(report))
    }

    private static func section(_ title: String, _ results: [CoverageResult], _ report: CoverageReport) -> String {
        var out = "\n\(title), most severe first:\n"
        let width = String(results.count).count
        for (rank, result) in results.enumerated() {
            let number = String(rank + 1)
            out +=
                String(repeating: " ", count: width - number.count)
                + "\(number). \(PlainText.line(report.label(result.hits)))  "
            out +=
                result.isCovered
                ? "covered (\(result.needed) people)\n" : "short \(result.missing) of \(result.needed)\n"
            let indent = String(repeating: " ", count: width + 4)
            out += TextColumns.render(
                result.shortCategories.map { coverage in
                    [
                        CoverageReport.label(coverage.category), CoverageReport.label(coverage.priority),
                        "needed \(coverage.needed)", "filled \(coverage.filled)", "missing \(coverage.missing)",
                        coverage.reasons.map(\.sentence).joined(separator: "; "),
                    ]
                }, indent: indent)
            out += indent + "filled by tier: " + tierText(result.filledByTier) + "\n"
            for code in result.populationUnknown {
                out += indent + "\(PlainText.line(report.label(code))): population unknown: minimums used\n"
            }
        }
        return out
    }

    /// `一次支援 primary 20, 二次支援 secondary 11, グループ内 group 0, 県内 prefecture 0`.
    static func tierText(_ counts: TierCounts) -> String {
        Tier.allCases.map { "\($0.japaneseLabel) \($0) \(counts[$0])" }.joined(separator: ", ")
    }
}

import CounterpartCore
import CounterpartCoverage

/// The one-screen end of the coverage text: what cannot be covered and who is relied on.
enum CoverageSummaryText {
    /// Single hits named at most; the rest are counted.
    static let shownSingles = 10

    /// The summary block, starting with an empty line.
    static func render(_ report: CoverageReport) -> String {
        let summary = report.summary
        var out = "\nSummary 要約\n"
        out += "  Single hits that cannot be covered: \(summary.shortSingles.count) of \(summary.singles)\n"
        for single in summary.shortSingles.prefix(shownSingles) {
            let shortages = single.shortages.map { "\(CoverageReport.label($0.category)) \($0.missing)" }
            out += wrapped("    \(PlainText.line(report.label(single.hit))): ", shortages)
        }
        if summary.shortSingles.count > shownSingles {
            out += "    … and \(summary.shortSingles.count - shownSingles) more (see above)\n"
        }
        if report.depth == 2 {
            out += "  Pairs with a shortfall: \(summary.shortPairs) of \(summary.pairs)\n"
            if !summary.pairCategories.isEmpty {
                let categories = summary.pairCategories.prefix(5).map {
                    "\(CoverageReport.label($0.category)) \($0.pairs)"
                }
                out += wrapped("    short most often (pairs): ", Array(categories))
            }
        }
        out += "  Supporters most relied on (people over all sets tried):\n"
        if summary.supporters.isEmpty { out += "    nobody was sent\n" }
        out += TextColumns.render(
            summary.supporters.map { supporter in
                [
                    report.label(supporter.supplier), "\(PlanText.grouped(supporter.people)) people",
                    "in \(supporter.sets) set\(supporter.sets == 1 ? "" : "s")",
                ]
            }, indent: "    ")
        return out
    }

    /// Terminal columns a summary line may take before it is continued on the next.
    static let lineWidth = 100

    /// `lead` then `items` (``WrappedList/render(_:_:continuation:width:language:)``), continued
    /// six spaces in, no line wider than ``lineWidth``.
    static func wrapped(_ lead: String, _ items: [String], language: Language = .english) -> String {
        WrappedList.render(
            lead, items, continuation: String(repeating: " ", count: 6), width: lineWidth, language: language)
    }
}

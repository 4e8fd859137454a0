import CounterpartCore
import CounterpartWorkbook

/// A coverage sweep as a workbook (`coverage --format xlsx`): the text report, line by line,
/// on the first sheet, then the rows of ``CoverageCSV`` (one per hit set and category with a
/// need, in report order) with figures as numbers.
public enum CoverageWorkbook {
    /// The workbook, headings in `language`.
    public static func workbook(_ report: CoverageReport, language: Language = .english) -> Workbook {
        let japanese = language == .japanese
        var rows: [[WorkbookCell]] = []
        for result in report.results {
            let names = result.hits.codes.map(report.name).joined(separator: "+")
            for coverage in result.categories {
                let tiers = coverage.filledByTier
                rows.append(
                    [
                        .formattedText(result.hits.description, .text), .text(names),
                        .text(japanese ? coverage.category.japaneseLabel : coverage.category.rawValue),
                        .text(japanese ? coverage.priority.japaneseLabel : coverage.priority.rawValue),
                    ]
                        + [
                            coverage.needed, coverage.filled, coverage.missing, tiers.primary, tiers.secondary,
                            tiers.group, tiers.prefecture,
                        ].map(WorkbookCell.integer))
            }
        }
        let lines = CoverageText.render(report, language: language).split(separator: "\n").map(String.init)
        let table = TableWorkbook.Table(
            caption: japanese ? "被災市町・業務別" : "By hit and category",
            headers: japanese ? CoverageCSV.japaneseHeader : CoverageCSV.header, rows: rows)
        return TableWorkbook.workbook(
            coverName: japanese ? "概要" : "Summary", title: japanese ? "カバー率の分析" : "Coverage sweep",
            facts: lines, tables: [table])
    }
}

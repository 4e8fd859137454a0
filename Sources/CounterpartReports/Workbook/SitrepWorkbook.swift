import CounterpartWorkbook

extension SitrepDocument {
    /// The report as a workbook (`sitrep --format xlsx`): the title and facts on the first
    /// sheet, each table on a sheet of its own, the same words as the text.
    public var workbook: Workbook {
        TableWorkbook.workbook(
            coverName: "状況報告", title: title, facts: facts,
            tables: tables.map { TableWorkbook.Table(caption: $0.caption, headers: $0.headers, texts: $0.rows) })
    }
}

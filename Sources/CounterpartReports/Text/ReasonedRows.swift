/// Rows in aligned columns (``TextColumns``), each followed by its reasons, one line each,
/// indented under the row: a long reason then never pushes a row past the width of a
/// terminal or an A4 page.
enum ReasonedRows {
    /// The rows with shared column widths, each followed by one line per reason: `indent`,
    /// two spaces, the reason made safe (``PlainText/line(_:)``).
    static func render(_ rows: [(cells: [String], reasons: [String])], indent: String) -> String {
        let widths = TextColumns.widths(of: rows.map(\.cells))
        return rows.map { row in
            TextColumns.render([row.cells], widths: widths, indent: indent)
                + row.reasons.map { indent + "  " + PlainText.line($0) + "\n" }.joined()
        }.joined()
    }
}

/// Rows of cells laid out in aligned columns, counting full-width (East Asian wide)
/// characters as two columns, as a terminal shows them. Every cell is made safe first
/// (``PlainText/line(_:)``): a line break in a name becomes a space, and a control
/// character U+FFFD, so that a cell stays in its row and column.
public enum TextColumns {
    /// The rows, each cell padded to its column's width, columns two spaces apart,
    /// trailing spaces removed.
    public static func render(_ rows: [[String]], indent: String = "") -> String {
        render(rows, widths: widths(of: rows), indent: indent)
    }

    /// The width of each column of `rows`, so that rows printed apart can line up.
    static func widths(of rows: [[String]]) -> [Int] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], displayWidth(PlainText.line(cell)))
            }
        }
        return widths
    }

    /// The rows laid out with the given column widths (a column past the end of `widths`
    /// is as wide as its cell).
    static func render(_ rows: [[String]], widths: [Int], indent: String = "") -> String {
        rows.map { row in
            var line = indent
            for (column, cell) in row.enumerated() {
                let cell = PlainText.line(cell)
                line += cell
                guard column < row.count - 1 else { continue }
                let width = column < widths.count ? widths[column] : 0
                line += String(repeating: " ", count: max(0, width - displayWidth(cell)) + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// The number of terminal columns `text` takes.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

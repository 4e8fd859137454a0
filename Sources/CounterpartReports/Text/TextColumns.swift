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

    /// The number of terminal columns `text` takes: two for an East Asian Wide or Fullwidth
    /// character (kanji, kana, full-width forms, Hangul, most emoji), none for a combining
    /// mark, a variation selector or a zero-width joiner (they sit on the character before
    /// them), one for everything else (half-width katakana and the ambiguous-width
    /// characters included, as a Japanese terminal set to narrow ambiguous width shows them).
    ///
    /// Complexity: O(n) in the scalars of `text`.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The columns one scalar takes: 0, 1 or 2.
    static func width(of scalar: Unicode.Scalar) -> Int {
        if isZeroWidth(scalar) { return 0 }
        return isWide(scalar) ? 2 : 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: break
        }
        switch scalar.value {
        case 0x200B...0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
            0x26C4...0x26C5, 0x26D4, 0x26EA, 0x26F2...0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B,
            0x2728, 0x274C, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
            0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E,
            0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF,
            0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

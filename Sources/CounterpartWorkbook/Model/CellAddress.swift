/// Where a cell is: its row (1 for Excel's row 1) and column (0 for A), written `F12`.
public struct CellAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The row, from 1.
    public var row: Int
    /// The column, from 0 (A).
    public var column: Int

    /// A cell's address.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The address written `F12` (letters, then digits), or `nil` for anything else or
    /// beyond Excel's last cell (XFD1048576).
    public init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, digits > 0, row >= 1, row <= CellAddress.lastRow, column <= CellAddress.columnCount
        else { return nil }
        self.init(row: row, column: column - 1)
    }

    /// Excel's last row.
    public static let lastRow = 1_048_576
    /// Excel's number of columns (A … XFD).
    public static let columnCount = 16_384

    /// The letters of column `index` (0 → A, 25 → Z, 26 → AA).
    public static func letters(ofColumn index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `F12`.
    public var description: String { CellAddress.letters(ofColumn: column) + String(row) }

    public static func < (left: CellAddress, right: CellAddress) -> Bool {
        left.row != right.row ? left.row < right.row : left.column < right.column
    }
}

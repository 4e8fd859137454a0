import CounterpartCore

/// A workbook to write: its sheets, in the order Excel shows their tabs.
public struct Workbook: Hashable, Sendable {
    /// The sheets, first tab first.
    public var sheets: [Worksheet]

    /// A workbook of these sheets.
    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }
}

/// One sheet of a workbook to write: rows of cells from A1, column widths and formats, and
/// drop-down lists.
public struct Worksheet: Hashable, Sendable {
    /// The tab's name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The rows, the first one Excel's row 1; each row's cells from column A.
    public var rows: [[WorkbookCell]]
    /// The columns' widths and formats, from column A; columns beyond keep Excel's default.
    public var columns: [WorksheetColumn]
    /// Drop-down lists on ranges of cells.
    public var listValidations: [ListValidation]
    /// Whether row 1 stays in view while scrolling (a heading row).
    public var freezesFirstRow: Bool

    /// A sheet.
    public init(
        name: String, rows: [[WorkbookCell]], columns: [WorksheetColumn] = [],
        listValidations: [ListValidation] = [], freezesFirstRow: Bool = false
    ) {
        self.name = name
        self.rows = rows
        self.columns = columns
        self.listValidations = listValidations
        self.freezesFirstRow = freezesFirstRow
    }
}

/// A column's width (in characters of the default font) and the format new entries in it get.
public struct WorksheetColumn: Hashable, Sendable {
    /// The width, in characters.
    public var width: Double
    /// The format of the column's empty cells, so that what a person types there is read
    /// as they mean it (a date as a date, an id as text).
    public var format: CellFormat

    /// A column.
    public init(width: Double, format: CellFormat = .general) {
        self.width = width
        self.format = format
    }
}

/// How a cell is shown: one of the few styles every workbook written here has.
public enum CellFormat: Int, Hashable, Sendable {
    /// Excel's default.
    case general = 0
    /// A date, `yyyy/mm/dd`.
    case date = 1
    /// A heading: bold on a light blue fill.
    case heading = 2
    /// Text as typed (Excel's `@`): ids are never turned into numbers.
    case text = 3
}

/// A drop-down list (data validation of type list) on a range of cells: only the choices,
/// or an empty cell, may be entered.
public struct ListValidation: Hashable, Sendable {
    /// The first column (0 for A) and the last, inclusive.
    public var columns: ClosedRange<Int>
    /// The first row (1 for Excel's row 1) and the last, inclusive.
    public var rows: ClosedRange<Int>
    /// The choices, in the order listed (together at most 255 characters with commas).
    public var choices: [String]

    /// A drop-down list.
    public init(columns: ClosedRange<Int>, rows: ClosedRange<Int>, choices: [String]) {
        self.columns = columns
        self.rows = rows
        self.choices = choices
    }
}

/// A cell's content as written.
public enum WorkbookCell: Hashable, Sendable {
    /// Nothing.
    case empty
    /// Text.
    case text(String)
    /// Text in the format of its column (``CellFormat/text`` for ids).
    case formattedText(String, CellFormat)
    /// An integer.
    case integer(Int)
    /// A number.
    case number(Double)
    /// A day, as an Excel date (a serial number shown as `yyyy/mm/dd`).
    case date(CalendarDay)
    /// A heading: bold text on a fill.
    case heading(String)
}

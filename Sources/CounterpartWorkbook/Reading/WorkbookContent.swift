import CounterpartCore

/// What a workbook holds, as read: its sheets' cells, by sheet name.
public struct WorkbookContent: Sendable {
    /// The sheets, in tab order.
    public var sheets: [SheetContent]

    /// The sheet named `name`, if there is one.
    public func sheet(named name: String) -> SheetContent? {
        sheets.first { $0.name == name }
    }
}

/// One sheet's cells as read.
public struct SheetContent: Sendable {
    /// The tab's name.
    public var name: String
    /// The cells with something in them, by row (from 1), each row by column (from 0).
    public var rows: [Int: [Int: CellValue]]

    /// A sheet.
    public init(name: String, rows: [Int: [Int: CellValue]] = [:]) {
        self.name = name
        self.rows = rows
    }

    /// The value at `address`, `nil` for an empty cell.
    public subscript(_ address: CellAddress) -> CellValue? {
        rows[address.row]?[address.column]
    }

    /// The rows holding anything, ascending.
    public var rowNumbers: [Int] { rows.keys.sorted() }
}

/// A cell's value as read.
public enum CellValue: Hashable, Sendable {
    /// Text (a shared or inline string, or a formula's text).
    case text(String)
    /// A number not formatted as a date.
    case number(Double)
    /// A date: a number formatted as a date, or an ISO 8601 date cell.
    case date(CalendarDay)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
    /// An error value such as `#REF!`.
    case error(String)

    /// The value as a person would read it in the cell: text as is, numbers without a
    /// needless `.0`, dates as `YYYY-MM-DD`.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .number(let value):
            value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .date(let day): day.description
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .error(let text): text
        }
    }
}

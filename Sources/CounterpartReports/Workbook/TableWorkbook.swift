import CounterpartWorkbook

/// Captioned tables of text as a workbook: a first sheet with the title and the facts, then
/// one sheet per table (its caption as the tab's name, made safe), headings in row 1 kept in
/// view. A cell whose text is a whole number is written as a number, so that a spreadsheet
/// adds it up; everything else stays text (a workbook never runs text as a formula).
public enum TableWorkbook {
    /// A table: its caption, headings and rows.
    public struct Table: Sendable {
        public var caption: String
        public var headers: [String]
        public var rows: [[WorkbookCell]]

        /// A table of typed cells.
        public init(caption: String, headers: [String], rows: [[WorkbookCell]]) {
            self.caption = caption
            self.headers = headers
            self.rows = rows
        }

        /// A table of text, whole numbers written as numbers.
        public init(caption: String, headers: [String], texts: [[String]]) {
            self.init(caption: caption, headers: headers, rows: texts.map { $0.map(TableWorkbook.cell) })
        }
    }

    /// The workbook: a cover sheet named `coverName` with `title` and `facts`, then the tables.
    public static func workbook(coverName: String, title: String, facts: [String], tables: [Table]) -> Workbook {
        var sheets = [
            Worksheet(
                name: coverName, rows: [[.heading(title)]] + facts.map { [.text($0)] },
                columns: [WorksheetColumn(width: 110)])
        ]
        var used: Set<String> = [coverName]
        for table in tables {
            sheets.append(sheet(table, name: uniqueName(table.caption, used: &used)))
        }
        return Workbook(sheets: sheets)
    }

    /// One table as a sheet named `name`.
    public static func sheet(_ table: Table, name: String) -> Worksheet {
        let widths = table.headers.indices.map { column in
            let longest =
                ([table.headers[column]]
                + table.rows.prefix(500).map { row in
                    column < row.count ? text(of: row[column]) : ""
                }).map(displayWidth).max() ?? 8
            return WorksheetColumn(width: Double(min(60, max(8, longest + 2))))
        }
        return Worksheet(
            name: name, rows: [table.headers.map(WorkbookCell.heading)] + table.rows, columns: widths,
            freezesFirstRow: true)
    }

    /// `text` as a cell: a whole number (no leading zero, at most 15 digits) as a number.
    static func cell(_ text: String) -> WorkbookCell {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.count <= 15, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            digits == "0" || !digits.hasPrefix("0"), let value = Int(text)
        else { return text.isEmpty ? .empty : .text(text) }
        return .integer(value)
    }

    /// A tab name from `caption`: without the characters Excel forbids (`[]:*?/\`), at most
    /// 31 characters, unique among `used` (a number added when needed).
    static func uniqueName(_ caption: String, used: inout Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(caption.filter { !forbidden.contains($0) }.prefix(31))
        base = base.trimmingCharacters(in: " '")
        if base.isEmpty { base = "Sheet" }
        var name = base
        var number = 2
        while used.contains(name) {
            let suffix = " (\(number))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        used.insert(name)
        return name
    }

    /// The width a text takes: 2 for East Asian wide characters, 1 for others.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in width + (scalar.value >= 0x1100 ? 2 : 1) }
    }

    private static func text(of cell: WorkbookCell) -> String {
        switch cell {
        case .text(let text), .heading(let text), .formattedText(let text, _): text
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .date: "2026/04/01"
        case .empty: ""
        }
    }
}

extension String {
    /// The text without the characters of `set` at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

/// A sheet's part (`xl/worksheets/sheetN.xml`): the view, the columns, the cells and the
/// drop-down lists, in the order SpreadsheetML requires.
enum WorksheetXML {
    /// The part's XML; text goes into `strings`.
    static func xml(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
        var out = PartXML.declaration
        out += "<worksheet xmlns=\"\(PartXML.mainNamespace)\" xmlns:r=\"\(PartXML.relationshipNamespace)\">"
        let width = sheet.rows.map(\.count).max() ?? 0
        if width > 0, !sheet.rows.isEmpty {
            let last = CellAddress(row: sheet.rows.count, column: width - 1)
            out += "<dimension ref=\"A1:\(last)\"/>"
        }
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.freezesFirstRow {
            out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        out += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"18\"/>"
        if !sheet.columns.isEmpty {
            out += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                let style = column.format == .general ? "" : " style=\"\(column.format.rawValue)\""
                out +=
                    "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\"\(style) customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() where row.contains(where: { $0 != .empty }) {
            out += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                out += self.cell(cell, at: CellAddress(row: rowIndex + 1, column: columnIndex), strings: &strings)
            }
            out += "</row>"
        }
        out += "</sheetData>"
        if !sheet.listValidations.isEmpty {
            out += "<dataValidations count=\"\(sheet.listValidations.count)\">"
            for validation in sheet.listValidations {
                let first = CellAddress(row: validation.rows.lowerBound, column: validation.columns.lowerBound)
                let last = CellAddress(row: validation.rows.upperBound, column: validation.columns.upperBound)
                let list = XMLEscaping.escaped("\"" + validation.choices.joined(separator: ",") + "\"")
                out +=
                    "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"\(first):\(last)\"><formula1>\(list)</formula1></dataValidation>"
            }
            out += "</dataValidations>"
        }
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return out + "</worksheet>"
    }

    /// One `c` element; nothing for an empty cell.
    private static func cell(_ cell: WorkbookCell, at address: CellAddress, strings: inout SharedStrings) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return "<c r=\"\(address)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .formattedText(let text, let format):
            return "<c r=\"\(address)\" s=\"\(format.rawValue)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .heading(let text):
            return
                "<c r=\"\(address)\" s=\"\(CellFormat.heading.rawValue)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .integer(let value):
            return "<c r=\"\(address)\"><v>\(value)</v></c>"
        case .number(let value):
            guard value.isFinite else { return "" }
            return "<c r=\"\(address)\"><v>\(value)</v></c>"
        case .date(let day):
            return "<c r=\"\(address)\" s=\"\(CellFormat.date.rawValue)\"><v>\(day.excelSerial)</v></c>"
        }
    }
}

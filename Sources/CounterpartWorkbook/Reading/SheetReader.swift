import CounterpartCore

/// The cells of one sheet part (`xl/worksheets/sheetN.xml`): each cell's cached value (a
/// formula is never computed), text from the shared strings, numbers of a date style as
/// dates. Cells without an `r` follow the one before, as SpreadsheetML allows.
struct SheetReader {
    let strings: [String]
    let dateStyles: DateStyles

    /// The cells with a value, by row and column.
    func read(_ bytes: [UInt8], part: String) throws(WorkbookRefusal) -> [Int: [Int: CellValue]] {
        var rows: [Int: [Int: CellValue]] = [:]
        var row = 0
        var column = -1
        var cell: (address: CellAddress, type: String, style: Int)?
        var text = ""
        var isInValue = false
        var phoneticDepth = 0
        try PartReader(bytes, part: part).walk { node throws(WorkbookRefusal) in
            switch node {
            case .start("row", let attributes, _):
                row = attributes["r"].flatMap { Int($0) } ?? row + 1
                column = -1
            case .start("c", let attributes, let isEmpty):
                let address =
                    attributes["r"].flatMap(CellAddress.init) ?? CellAddress(row: max(row, 1), column: column + 1)
                row = address.row
                column = address.column
                cell = isEmpty ? nil : (address, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                text = ""
            case .start("v", _, let isEmpty), .start("t", _, let isEmpty):
                isInValue = !isEmpty && cell != nil
            case .end("v"), .end("t"):
                isInValue = false
            case .start("rPh", _, let isEmpty):
                if !isEmpty { phoneticDepth += 1 }
            case .end("rPh"):
                phoneticDepth -= 1
            case .text(let value) where isInValue && phoneticDepth == 0:
                text += value
            case .end("c"):
                if let found = cell, let value = value(of: found.type, style: found.style, text: text) {
                    rows[found.address.row, default: [:]][found.address.column] = value
                }
                cell = nil
            default:
                break
            }
        }
        return rows
    }

    /// A cell's value from its type (`t`), style (`s`) and text; `nil` for nothing.
    private func value(of type: String, style: Int, text: String) -> CellValue? {
        switch type {
        case "s":
            guard let index = Int(text), index >= 0, index < strings.count else { return nil }
            return strings[index].isEmpty ? nil : .text(strings[index])
        case "inlineStr", "str":
            return text.isEmpty ? nil : .text(text)
        case "b":
            return .boolean(text == "1" || text.lowercased() == "true")
        case "e":
            return .error(text)
        case "d":
            guard let day = try? CalendarDay(String(text.prefix(10))) else { return .text(text) }
            return .date(day)
        default:
            guard let number = Double(text) else { return text.isEmpty ? nil : .text(text) }
            if dateStyles.isDate(style: style), let day = CalendarDay(excelSerial: number) { return .date(day) }
            return .number(number)
        }
    }
}

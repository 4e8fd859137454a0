/// Which cell styles of a workbook show numbers as dates: the built-in date formats, and
/// formats of the workbook's own whose code has a year, month-with-day or day in it.
struct DateStyles {
    /// By style index (`c/@s`), whether the style is a date.
    private var isDate: [Bool] = []

    /// Whether style `index` shows a date.
    func isDate(style index: Int) -> Bool {
        index >= 0 && index < isDate.count && isDate[index]
    }

    /// The styles of `xl/styles.xml`.
    static func read(_ bytes: [UInt8]) throws(WorkbookRefusal) -> DateStyles {
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var isInCellFormats = false
        try PartReader(bytes, part: "xl/styles.xml").walk { node throws(WorkbookRefusal) in
            switch node {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = attributes["formatCode"] ?? "" }
            case .start("cellXfs", _, let isEmpty):
                isInCellFormats = !isEmpty
            case .end("cellXfs"):
                isInCellFormats = false
            case .start("xf", let attributes, _) where isInCellFormats:
                formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }
        var styles = DateStyles()
        styles.isDate = formats.map { id in codes[id].map(isDateCode) ?? isBuiltInDate(id) }
        return styles
    }

    /// Excel's built-in date formats (14–22, and the East Asian ones 27–36, 50–58).
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a format code shows a date: a `y`, `d`, `e` (era year) or `g` (era) outside
    /// quoted text, escapes and brackets.
    static func isDateCode(_ code: String) -> Bool {
        var isQuoted = false
        var isBracketed = false
        var isEscaped = false
        for character in code.lowercased() {
            if isEscaped {
                isEscaped = false
                continue
            }
            switch character {
            case "\\": isEscaped = true
            case "\"": isQuoted.toggle()
            case "[" where !isQuoted: isBracketed = true
            case "]" where !isQuoted: isBracketed = false
            case "y", "d", "e", "g":
                if !isQuoted && !isBracketed { return true }
            default: break
            }
        }
        return false
    }
}

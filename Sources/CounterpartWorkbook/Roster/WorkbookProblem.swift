import CounterpartXML

/// One thing wrong with a workbook's content, at its sheet and cell, in English and in
/// Japanese: `職員!F12: 終了日が開始日より前です`.
public struct WorkbookProblem: Hashable, Sendable, CustomStringConvertible {
    /// The sheet, or `nil` for the workbook as a whole.
    public var sheet: String?
    /// The cell, or `nil` for the sheet as a whole.
    public var cell: CellAddress?
    /// What is wrong, in English.
    public var message: String
    /// What is wrong, in Japanese.
    public var japanese: String

    /// A problem.
    public init(sheet: String?, cell: CellAddress?, message: String, japanese: String) {
        self.sheet = sheet
        self.cell = cell
        self.message = message
        self.japanese = japanese
    }

    /// `職員!F12`, `職員`, or nothing.
    public var place: String {
        guard let sheet else { return "" }
        return cell.map { "\(sheet)!\($0)" } ?? sheet
    }

    public var description: String { place.isEmpty ? message : "\(place): \(message)" }

    /// The problem as a diagnostic of `file`: no line, the place at the start of the sentence.
    public func diagnostic(file: String) -> Diagnostic {
        let prefix = place.isEmpty ? "" : "\(place): "
        return Diagnostic(file: file, line: nil, message: prefix + message, japanese: prefix + japanese)
    }
}

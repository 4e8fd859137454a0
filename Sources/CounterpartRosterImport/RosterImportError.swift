import CounterpartCore
import CounterpartStore
import CounterpartXML

/// Why an import stored nothing. Every case is data for whoever shows it to a person: the
/// CLI prints it, a web server can answer with it.
public enum RosterImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Problems with the files: each one with its file (the path, or the upload's name), its
    /// line when there is one, and a message; in the files' order, each file's in line
    /// order. Also the problems of the roster the files would leave together with the
    /// stored one, placed at the line of the file that brought the offending entry.
    case badInput([Diagnostic])
    /// The store could not do it (SQLite failed, a file of another prefecture, …).
    case store(StoreError)
    /// An upload's bytes could not be written to the temporary file they are read from.
    case cannotStageUpload(name: String, reason: String)

    /// One line per problem (`FILE:LINE: message`; at most ``Diagnostic/reportLimit`` of a
    /// file, then how many more), without a final newline.
    public var description: String {
        switch self {
        case .badInput(let diagnostics): diagnostics.reportLines().joined(separator: "\n")
        case .store(let error): error.description
        case .cannotStageUpload(let name, let reason): "\(name): cannot keep the upload for reading: \(reason)"
        }
    }

    /// ``description`` in `language`.
    public func message(in language: Language) -> String {
        guard language == .japanese else { return description }
        switch self {
        case .badInput(let diagnostics): return diagnostics.reportLines(in: .japanese).joined(separator: "\n")
        case .store(let error): return error.japaneseDescription
        case .cannotStageUpload(let name, let reason): return "\(name): 読み込むための一時ファイルを書けません: \(reason)"
        }
    }
}

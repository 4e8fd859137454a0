import CounterpartCore
import CounterpartWorkbook
import CounterpartXML

/// What reading one file of an import gave: a roster XML file's reading, or a workbook's.
enum SourceReading {
    case xml(RosterReading)
    case workbook(RosterWorkbookReading)

    /// The roster (a workbook's list as a `scope="municipality"` roster), or `nil` when the
    /// file has any problem.
    var roster: Roster? {
        switch self {
        case .xml(let reading): reading.roster
        case .workbook(let reading): reading.roster
        }
    }

    /// Every problem: at a line of an XML file, at a sheet and cell of a workbook.
    var diagnostics: [Diagnostic] {
        switch self {
        case .xml(let reading): reading.diagnostics
        case .workbook(let reading): reading.diagnostics
        }
    }

    /// What a person should know that is not a problem.
    var warnings: [Diagnostic] {
        switch self {
        case .xml(let reading): reading.warnings
        case .workbook: []
        }
    }

    /// Reads the file at `path`, named `name`: as a workbook when it is one (its new people
    /// get ids unused in `stored()`), else as roster XML.
    static func read(path: String, name: String, stored: () -> Roster?) -> SourceReading {
        if WorkbookFile.isWorkbook(name: name, head: WorkbookFile.head(path: path)) {
            return .workbook(RosterWorkbookReader.read(path: path, file: name, stored: stored()))
        }
        return .xml(RosterReader.read(path: path))
    }
}

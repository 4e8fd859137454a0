/// What reading a file of either kind gave.
public enum DocumentReading: Sendable {
    /// The file is a roster (valid or not).
    case roster(RosterReading)
    /// The file is a scenario (valid or not).
    case scenario(ScenarioReading)
    /// The file is a demand profile (valid or not).
    case demand(DemandReading)
    /// The file could not be read as a Counterpart file at all.
    case unreadable(Diagnostic)

    /// What a person should know about the file that is not a problem.
    public var warnings: [Diagnostic] {
        switch self {
        case .roster(let reading): return reading.warnings
        case .scenario(let reading): return reading.warnings
        case .demand(let reading): return reading.warnings
        case .unreadable: return []
        }
    }

    /// Every problem of the file.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .roster(let reading): return reading.diagnostics
        case .scenario(let reading): return reading.diagnostics
        case .demand(let reading): return reading.diagnostics
        case .unreadable(let diagnostic): return [diagnostic]
        }
    }
}

/// Reads a Counterpart file of either kind, telling the kind from the root element's namespace.
public enum DocumentReader {
    /// Reads the file at `path`. Never throws: every problem comes back as a diagnostic.
    public static func read(path: String) -> DocumentReading {
        switch DocumentWalk.sniff(path: path) {
        case .failure(let diagnostic): return .unreadable(diagnostic)
        case .success(.roster): return .roster(RosterReader.readValidated(path: path))
        case .success(.scenario): return .scenario(ScenarioReader.readValidated(path: path))
        case .success(.demand): return .demand(DemandReader.readValidated(path: path))
        }
    }
}

import CounterpartCore

/// What reading a roster file gave: the roster when the file is valid, and every problem
/// found otherwise.
public struct RosterReading: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The roster, or `nil` when the file has any problem.
    public let roster: Roster?
    /// Every problem, in line order.
    public let diagnostics: [Diagnostic]
    /// What is not a problem but a person should know (a file that says ISO-8859-1 but is
    /// written in UTF-8); the roster is read all the same.
    public internal(set) var warnings: [Diagnostic] = []
    /// Where each element stands, for problems found later (on import, say).
    public let sourceMap: RosterSourceMap
    /// Whether every person of ``roster`` was handed over while the file was read, in
    /// order and nobody else (see ``RosterReader/read(path:handingOver:)``).
    public internal(set) var handedOverEveryPerson = false

    /// A diagnostic for a problem at `location` of this file.
    /// The line is where the element's start tag begins, as in every other diagnostic.
    public func diagnostic(at location: RosterLocation, _ message: String) -> Diagnostic {
        diagnostics(for: [(location, message)])[0]
    }

    /// A diagnostic for a problem at `location` of this file, with its sentence in English
    /// and in Japanese.
    public func diagnostic(at location: RosterLocation, _ message: String, japanese: String) -> Diagnostic {
        diagnostics(for: [(location, message, japanese)])[0]
    }

    /// Diagnostics for problems at these locations, in the order given (one pass over the
    /// file finds where the start tags begin). The Japanese says there is a problem and
    /// quotes the English (``Diagnostic/init(file:line:message:)``).
    public func diagnostics(for problems: [(RosterLocation, String)]) -> [Diagnostic] {
        let english = problems.map { $0.1 }
        return diagnostics(for: problems.map { ($0.0, $0.1, "") }).enumerated().map { index, placed in
            Diagnostic(file: placed.file, line: placed.line, message: english[index])
        }
    }

    /// Diagnostics for problems at these locations, each with its sentence in English and
    /// in Japanese, in the order given.
    public func diagnostics(for problems: [(RosterLocation, String, String)]) -> [Diagnostic] {
        DiagnosticPlacement.place(
            problems.map { .init(element: sourceMap.element(at: $0.0), message: $0.1, japanese: $0.2) }, file: file)
    }
}

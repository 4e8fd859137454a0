import CounterpartCore

/// The position (ordinal among all elements, 0 for the root) of every element read from a
/// scenario file.
public struct ScenarioSourceMap: Sendable, Equatable {
    var rootElement = 0
    var affectedElements: [Int32] = []
    var requestElements: [Int32] = []
    var pinElements: [Int32] = []

    /// The ordinal of the element at `location` (the root's when it is unknown).
    func element(at location: ScenarioLocation) -> Int {
        let element: Int32?
        switch location {
        case .root: return rootElement
        case .affected(let index): element = affectedElements[safe: index]
        case .request(let index): element = requestElements[safe: index]
        case .pin(let index): element = pinElements[safe: index]
        }
        return element.map(Int.init) ?? rootElement
    }
}

/// What reading a scenario file gave: the scenario when the file is valid on its own,
/// and every problem found otherwise.
public struct ScenarioReading: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The scenario, or `nil` when the file has any problem.
    public let scenario: Scenario?
    /// Every problem, in line order.
    public let diagnostics: [Diagnostic]
    /// What is not a problem but a person should know (a file that says ISO-8859-1 but is
    /// written in UTF-8).
    public internal(set) var warnings: [Diagnostic] = []
    /// Where each element stands.
    public let sourceMap: ScenarioSourceMap

    /// A diagnostic for a problem at `location` of this file.
    /// The line is where the element's start tag begins, as in every other diagnostic.
    public func diagnostic(at location: ScenarioLocation, _ message: String) -> Diagnostic {
        diagnostics(for: [(location, message)])[0]
    }

    /// A diagnostic for a problem at `location` of this file, with its sentence in English
    /// and in Japanese.
    public func diagnostic(at location: ScenarioLocation, _ message: String, japanese: String) -> Diagnostic {
        diagnostics(for: [(location, message, japanese)])[0]
    }

    /// Diagnostics for problems at these locations, in the order given (one pass over the
    /// file finds where the start tags begin). The Japanese says there is a problem and
    /// quotes the English (``Diagnostic/init(file:line:message:)``).
    public func diagnostics(for problems: [(ScenarioLocation, String)]) -> [Diagnostic] {
        let english = problems.map { $0.1 }
        return diagnostics(for: problems.map { ($0.0, $0.1, "") }).enumerated().map { index, placed in
            Diagnostic(file: placed.file, line: placed.line, message: english[index])
        }
    }

    /// Diagnostics for problems at these locations, each with its sentence in English and
    /// in Japanese, in the order given.
    public func diagnostics(for problems: [(ScenarioLocation, String, String)]) -> [Diagnostic] {
        DiagnosticPlacement.place(
            problems.map { .init(element: sourceMap.element(at: $0.0), message: $0.1, japanese: $0.2) }, file: file)
    }

    /// The problems of this (valid) scenario against `roster`: affected municipalities and
    /// pinned staff the roster lacks, with their lines.
    public func diagnostics(against roster: Roster) -> [Diagnostic] {
        guard let scenario else { return [] }
        return diagnostics(
            for: ScenarioCheck.problems(in: scenario, against: roster).map { ($0.location, $0.message, $0.japanese) })
    }
}

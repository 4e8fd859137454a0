import CounterpartCore

/// The line of every element read from a scenario file, by position.
public struct ScenarioSourceMap: Sendable, Equatable {
    var rootLine = 1
    var affectedLines: [Int32] = []
    var requestLines: [Int32] = []
    var pinLines: [Int32] = []

    /// The line of the element at `location` (the root's line when it is unknown).
    public func line(of location: ScenarioLocation) -> Int {
        let line: Int32?
        switch location {
        case .root: return rootLine
        case .affected(let index): line = affectedLines[safe: index]
        case .request(let index): line = requestLines[safe: index]
        case .pin(let index): line = pinLines[safe: index]
        }
        return line.map(Int.init) ?? rootLine
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
    /// The line of each element.
    public let sourceMap: ScenarioSourceMap

    /// A diagnostic for a problem at `location` of this file.
    /// The line is where the element's start tag begins, as in every other diagnostic.
    public func diagnostic(at location: ScenarioLocation, _ message: String) -> Diagnostic {
        diagnostics(for: [(location, message)])[0]
    }

    /// Diagnostics for problems at these locations, in the order given (one pass over the
    /// file finds where the start tags begin).
    public func diagnostics(for problems: [(ScenarioLocation, String)]) -> [Diagnostic] {
        problems.map { Diagnostic(file: file, line: sourceMap.line(of: $0.0), message: $0.1) }
            .movedToElementStarts(path: file)
    }

    /// The problems of this (valid) scenario against `roster`: affected municipalities and
    /// pinned staff the roster lacks, with their lines.
    public func diagnostics(against roster: Roster) -> [Diagnostic] {
        guard let scenario else { return [] }
        return diagnostics(for: ScenarioCheck.problems(in: scenario, against: roster).map { ($0.location, $0.message) })
    }
}

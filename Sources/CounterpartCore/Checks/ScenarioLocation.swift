/// Where in a scenario a problem lies, by element position.
public enum ScenarioLocation: Hashable, Sendable {
    /// The `scenario` element itself.
    case root
    /// The n-th `affected`.
    case affected(Int)
    /// The n-th `request`.
    case request(Int)
    /// The n-th `pin`.
    case pin(Int)
}

/// One thing wrong with a scenario that its schema cannot see.
public struct ScenarioProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where it is.
    public var location: ScenarioLocation
    /// What is wrong, for a person to read.
    public var message: String

    /// A problem.
    public init(_ location: ScenarioLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { message }
}

/// One thing wrong with a roster or scenario that its schema cannot see: where it is,
/// which rule it breaks, and a message for a person.
public struct CheckProblem<Location: Hashable & Sendable, Rule: Hashable & Sendable>: Hashable, Sendable,
    CustomStringConvertible
{
    /// Where it is.
    public var location: Location
    /// Which rule it breaks.
    public var rule: Rule
    /// What is wrong, for a person to read.
    public var message: String

    /// A problem.
    public init(_ location: Location, _ rule: Rule, _ message: String) {
        self.location = location
        self.rule = rule
        self.message = message
    }

    public var description: String { message }
}

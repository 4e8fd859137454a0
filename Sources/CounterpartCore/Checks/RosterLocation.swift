/// Where in a roster a problem lies, by element position, so that the XML layer can
/// name the line.
public enum RosterLocation: Hashable, Sendable {
    /// The `roster` element itself.
    case root
    /// The n-th `municipality`.
    case municipality(Int)
    /// The n-th `group`.
    case group(Int)
    /// A `pairing`, by group and position in the group.
    case pairing(group: Int, pairing: Int)
    /// A pairing's `secondary`, by group, pairing and position.
    case secondary(group: Int, pairing: Int, secondary: Int)
    /// The n-th `member`.
    case member(Int)
    /// The n-th `person`.
    case person(Int)
}

/// One thing wrong with a roster that its schema cannot see.
public struct RosterProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where it is.
    public var location: RosterLocation
    /// What is wrong, for a person to read.
    public var message: String

    /// A problem.
    public init(_ location: RosterLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { message }
}

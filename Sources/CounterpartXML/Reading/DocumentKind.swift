/// The two kinds of Counterpart file, told apart by the root element's namespace.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// A roster (`urn:counterpart:roster:1`).
    case roster
    /// A scenario (`urn:counterpart:scenario:1`).
    case scenario

    /// The namespace of the kind's elements.
    public var namespace: String {
        switch self {
        case .roster: return "urn:counterpart:roster:1"
        case .scenario: return "urn:counterpart:scenario:1"
        }
    }

    /// The XML Schema of the kind (`Data/schema/roster.xsd` or `scenario.xsd`), as carried in the binary.
    public var schemaText: String {
        switch self {
        case .roster: return EmbeddedSchemas.roster + "\n"
        case .scenario: return EmbeddedSchemas.scenario + "\n"
        }
    }

    /// The name of the root element.
    var rootName: String { rawValue }

    var schema: CompiledSchema {
        switch self {
        case .roster: return .roster
        case .scenario: return .scenario
        }
    }
}

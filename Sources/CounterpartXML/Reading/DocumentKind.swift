/// The kinds of Counterpart file, told apart by the root element's namespace.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// A roster (`urn:counterpart:roster:1`).
    case roster
    /// A scenario (`urn:counterpart:scenario:1`).
    case scenario
    /// A demand profile (`urn:counterpart:demand:1`), for coverage analysis.
    case demand

    /// The namespace of the kind's elements.
    public var namespace: String {
        switch self {
        case .roster: return "urn:counterpart:roster:1"
        case .scenario: return "urn:counterpart:scenario:1"
        case .demand: return "urn:counterpart:demand:1"
        }
    }

    /// The XML Schema of the kind (`Data/schema/roster.xsd`, `scenario.xsd` or `demand.xsd`), as carried in the binary.
    public var schemaText: String {
        switch self {
        case .roster: return EmbeddedSchemas.roster + "\n"
        case .scenario: return EmbeddedSchemas.scenario + "\n"
        case .demand: return EmbeddedSchemas.demand + "\n"
        }
    }

    /// The kind as a person names it: roster, scenario or demand profile.
    public var readableName: String {
        self == .demand ? "demand profile" : rawValue
    }

    /// The kind as a person names it in Japanese: 名簿, 想定 or 必要人員想定.
    public var japaneseName: String {
        switch self {
        case .roster: return "名簿"
        case .scenario: return "想定"
        case .demand: return "必要人員想定"
        }
    }

    /// The name of the root element.
    var rootName: String { rawValue }

    var schema: CompiledSchema {
        switch self {
        case .roster: return .roster
        case .scenario: return .scenario
        case .demand: return .demand
        }
    }
}

/// Whether a municipality is a city (市), a town (町) or a village (村).
public enum MunicipalityKind: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case city
    case town
    case village

    /// The Japanese suffix: 市, 町 or 村.
    public var japaneseLabel: String {
        switch self {
        case .city: return "市"
        case .town: return "町"
        case .village: return "村"
        }
    }

    /// The XML token.
    public var description: String { rawValue }
}

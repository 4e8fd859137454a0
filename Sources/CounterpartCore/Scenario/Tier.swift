/// How close a supplier stands to a requester in the counterpart order.
public enum Tier: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The requester's primary supporter (一次支援).
    case primary
    /// One of the requester's secondary supporters (二次支援).
    case secondary
    /// Another member of the group holding the requester's pairing.
    case group
    /// Anyone else in the prefecture.
    case prefecture

    /// The Japanese label.
    public var japaneseLabel: String {
        switch self {
        case .primary: return "一次支援"
        case .secondary: return "二次支援"
        case .group: return "グループ内"
        case .prefecture: return "県内"
        }
    }

    /// The token used in XML and JSON.
    public var description: String { rawValue }
}

/// How urgent a dispatch request is.
public enum Priority: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case critical
    case high
    case normal

    /// The Japanese label.
    public var japaneseLabel: String {
        switch self {
        case .critical: return "緊急"
        case .high: return "高"
        case .normal: return "通常"
        }
    }

    /// The XML token.
    public var description: String { rawValue }
}

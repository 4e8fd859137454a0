/// The part a hotline member plays. Municipalities register 4–5 people; prefecture
/// headquarters staff carry the prefecture's code and sit in every group.
public enum HotlineRole: String, CaseIterable, Hashable, Comparable, Sendable, CustomStringConvertible {
    case viceMayor = "vice-mayor"
    case disasterManager = "disaster-manager"
    case personnelManager = "personnel-manager"
    case liaison
    case hqDisaster = "hq-disaster"
    case hqPromotion = "hq-promotion"

    /// The Japanese label.
    public var japaneseLabel: String {
        switch self {
        case .viceMayor: return "副市町長"
        case .disasterManager: return "防災担当部課長"
        case .personnelManager: return "人事担当部課長"
        case .liaison: return "実務担当"
        case .hqDisaster: return "県災害対策本部・防災局"
        case .hqPromotion: return "市町振興課"
        }
    }

    /// Whether the role belongs to prefecture headquarters rather than a municipality.
    public var isHeadquarters: Bool { self == .hqDisaster || self == .hqPromotion }

    /// The XML token.
    public var description: String { rawValue }

    public static func < (lhs: HotlineRole, rhs: HotlineRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a dispatched person can do; a dispatch request asks for exactly one.
///
/// The raw values are the tokens of the XML formats. Declaration order is the canonical
/// order in which skills are written.
public enum JobCategory: String, CaseIterable, Hashable, Comparable, Sendable, CustomStringConvertible {
    case shelter
    case certificate
    case damageSurvey = "damage-survey"
    case health
    case civilEngineering = "civil-engineering"
    case building
    case water
    case waste
    case management
    case general

    /// The Japanese label a prefecture officer reads.
    public var japaneseLabel: String {
        switch self {
        case .shelter: return "避難所運営"
        case .certificate: return "罹災証明書交付"
        case .damageSurvey: return "住家被害認定調査"
        case .health: return "保健師"
        case .civilEngineering: return "土木"
        case .building: return "建築"
        case .water: return "給水"
        case .waste: return "災害廃棄物"
        case .management: return "総括支援"
        case .general: return "一般事務"
        }
    }

    /// The English gloss of the category.
    public var englishLabel: String {
        switch self {
        case .shelter: return "evacuation shelter operation"
        case .certificate: return "disaster-victim certificates"
        case .damageSurvey: return "house damage assessment"
        case .health: return "public health nurse"
        case .civilEngineering: return "civil engineering"
        case .building: return "building"
        case .water: return "water supply"
        case .waste: return "disaster waste"
        case .management: return "management support"
        case .general: return "general administration"
        }
    }

    /// The position in the canonical order (0 for `shelter`).
    public var ordinal: Int {
        switch self {
        case .shelter: return 0
        case .certificate: return 1
        case .damageSurvey: return 2
        case .health: return 3
        case .civilEngineering: return 4
        case .building: return 5
        case .water: return 6
        case .waste: return 7
        case .management: return 8
        case .general: return 9
        }
    }

    /// The XML token.
    public var description: String { rawValue }

    public static func < (lhs: JobCategory, rhs: JobCategory) -> Bool { lhs.ordinal < rhs.ordinal }
}

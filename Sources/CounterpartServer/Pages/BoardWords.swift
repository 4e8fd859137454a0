import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// The words and small values the pages show, in Japanese, in one place.
enum BoardWords {
    /// `1/18(月)〜1/24(日)`.
    static func days(_ range: DayRange) -> String { "\(range.from.japaneseShort)〜\(range.to.japaneseShort)" }

    /// `応援要請`, `計画版`, `掲示` for an item to acknowledge.
    static func itemKind(_ item: RecordID) -> String {
        switch item.kind {
        case .request: return "応援要請"
        case .plan: return "計画版"
        case .notice: return "掲示"
        default: return "項目"
        }
    }

    /// The page of an item: its incident's board (at the item), or the notice.
    static func link(_ item: RecordID, incident: Incident.ID?) -> String {
        if item.kind == .notice { return "/notices/\(item)" }
        return incident.map { "/incidents/\($0)#\(item)" } ?? "/"
    }

    /// An incident as the lists show it.
    static func incident(_ incident: Incident, names: RosterNames) -> [String: Any] {
        [
            "id": incident.id.description, "name": incident.name, "drill": incident.isDrill,
            "state": incident.isOpen ? "対応中" : "終了", "open": incident.isOpen,
            "start": incident.start.japaneseLong,
            "affected": incident.affected.map { names.name($0, language: .japanese) }.joined(separator: "、"),
            "rotationDays": incident.rotationDays,
        ]
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// The Japanese texts of notifications: a first line with the kind of news and the item's
/// id (so that a repeat is seen as one), what it is, and the link to the board's page.
public enum NotificationText {
    /// LINE WORKS takes at most 2,000 characters of text.
    public static let lineWorksLimit = 2000

    /// What a message says: a subject line (the e-mail's subject) and the text.
    public struct Text: Hashable, Sendable {
        public var subject: String
        public var body: String
    }

    /// A request filed: `【応援要請】R12 宇和島市 避難所運営 5人`.
    public static func request(
        _ request: IncidentRequest, incident: Incident, roster: Roster, board: String
    ) -> Text {
        let details = request.details
        let subject =
            "\(drillMark(incident))【応援要請】\(request.id) \(name(details.municipality, roster)) \(details.category.japaneseLabel) \(details.headcount)人"
        var lines = [
            subject,
            "災害: \(incident.id) \(incident.name)",
            "期間: \(details.days.from.japaneseShort)〜\(details.days.to.japaneseShort)　優先度: \(details.priority.japaneseLabel)",
        ]
        if let note = details.note, !note.isEmpty { lines.append("備考: \(note)") }
        lines.append("確認（既読）をお願いします: \(link(board, "/incidents/\(incident.id)"))")
        return Text(subject: subject, body: lines.joined(separator: "\n"))
    }

    /// A plan version stored: `【計画版】P3 災害 I1`, with its figures.
    public static func plan(_ id: PlanVersionID, event: OperationsEvent, incident: Incident, board: String) -> Text {
        let subject = "\(drillMark(incident))【計画版】\(id) 災害 \(incident.id) \(incident.name)"
        let lines = [
            subject,
            event.japaneseText,
            "割当を確認し、承諾・辞退を回答してください: \(link(board, "/plans/\(id)"))",
        ]
        return Text(subject: subject, body: lines.joined(separator: "\n"))
    }

    /// A notice posted: `【掲示】N2 件名`, with its text.
    public static func notice(_ notice: Notice, incident: Incident?, board: String) -> Text {
        let subject = "\(incident.map(drillMark) ?? "")【掲示】\(notice.id) \(notice.title)"
        var lines = [subject]
        if let incident { lines.append("災害: \(incident.id) \(incident.name)") }
        lines.append(notice.body)
        lines.append("確認（既読）をお願いします: \(link(board, "/notices/\(notice.id)"))")
        return Text(subject: subject, body: lines.joined(separator: "\n"))
    }

    /// A re-notification of members who have not read `item` yet: `【再通知】R12 …`, naming
    /// them when the message goes to a room.
    public static func renotification(
        item: RecordID, about: String, municipality: LocalGovernmentCode, names: [String]?,
        incident: Incident, roster: Roster, board: String
    ) -> Text {
        let subject = "\(drillMark(incident))【再通知】\(item) 未確認です（\(name(municipality, roster))）"
        var lines = [subject]
        if let names, !names.isEmpty { lines.append("未確認: " + names.map { "\($0) さん" }.joined(separator: "、")) }
        lines += [
            "対象: \(about)",
            "災害: \(incident.id) \(incident.name)",
            "内容を確認し、確認（既読）をお願いします: \(link(board, page(of: item, incident: incident.id)))",
        ]
        return Text(subject: subject, body: lines.joined(separator: "\n"))
    }

    /// `text` cut to `limit` characters, the link (its last line) kept.
    public static func fitted(_ text: String, limit: Int = lineWorksLimit) -> String {
        guard text.count > limit else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.last.map(String.init) ?? ""
        let room = max(0, limit - last.count - 2)
        return String(text.prefix(room)) + "…\n" + last
    }

    /// The board's page of an item.
    static func page(of item: RecordID, incident: Incident.ID) -> String {
        switch item.kind {
        case .plan: return "/plans/\(item)"
        case .notice: return "/notices/\(item)"
        default: return "/incidents/\(incident)"
        }
    }

    static func link(_ board: String, _ path: String) -> String {
        (board.hasSuffix("/") ? String(board.dropLast()) : board) + path
    }

    static func drillMark(_ incident: Incident) -> String { incident.isDrill ? "【訓練】" : "" }

    static func name(_ code: LocalGovernmentCode, _ roster: Roster) -> String {
        roster.municipality(code)?.name ?? code.description
    }
}

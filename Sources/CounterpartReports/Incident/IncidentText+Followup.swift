import CounterpartCore
import CounterpartOperations

extension IncidentText {
    /// The follow-up call list in Japanese: what is 未読, by municipality, longest-waiting
    /// first, whom to phone there, and who has not read each item. The items are named as the
    /// record holds them. The members who have not read an item are listed on as many lines
    /// as they need, none wider than 100 columns.
    func japaneseFollowup(_ groups: [FollowupGroup]) -> String {
        guard !groups.isEmpty else { return "未読はありません。すべて既読です。\n" }
        let items = Set(groups.flatMap { $0.items.map(\.item) }).count
        let drillItems = Set(groups.flatMap { $0.items.filter(\.isDrill).map(\.item) }).count
        let people = groups.reduce(0) { $0 + Set($1.items.flatMap(\.waiting)).count }
        var out =
            "未読 \(items)件" + (drillItems == 0 ? "" : "（うち訓練 \(drillItems)件）")
            + "、連絡する人 \(people)人（待ち時間の長い順）\n"
        let safe = PlainText.line
        for group in groups {
            out += "\n\(safe(names.name(group.municipality, language: .japanese))) (\(group.municipality)) — 電話: "
            if let contact = group.contact {
                out +=
                    "\(safe(contact.name)) (\(contact.role.japaneseLabel)) \(safe(contact.phone ?? "電話番号の登録なし"))\n"
            } else {
                out += "ホットラインの登録者なし\n"
            }
            for item in group.items {
                let drill = item.isDrill ? "訓練 \(item.incident.map { "\($0) " } ?? "")— " : ""
                out +=
                    "  \(item.since.japaneseShort)から  \(drill)\(safe(Self.japaneseSubject(item: item.item, subject: item.subject)))\n"
                out += WrappedList.render(
                    "    未読: ", item.waiting.map(memberLabel), continuation: "          ", width: 100,
                    language: .japanese)
            }
        }
        return PlainText.document(out)
    }

    /// What an unread item is, in Japanese: its kind and id, and a notice's title (the
    /// recorded subject is an English sentence).
    static func japaneseSubject(item: RecordID, subject: String) -> String {
        switch item.kind {
        case .request: return "応援要請 \(item)"
        case .plan: return "計画版 \(item)"
        case .notice:
            let title = subject.firstRange(of: ": ").map { String(subject[$0.upperBound...]) }
            return "掲示 \(item)" + (title.map { ": \($0)" } ?? "")
        default: return subject
        }
    }
}

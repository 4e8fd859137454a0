import CounterpartCore
import CounterpartOperations

extension IncidentText {
    /// Whom a notice went to.
    static func audience(_ notice: Notice, _ language: Language = .english) -> String {
        language == .japanese
            ? notice.group.map { "\($0)グループと県本部" } ?? "全メンバー"
            : notice.group.map { "group \($0) and headquarters" } ?? "all members"
    }

    /// One notice of `notice list`: id, time, incident, audience, title, acknowledgements.
    public func noticeLine(_ record: NoticeRecord) -> [String] {
        let notice = record.notice
        return [
            notice.id.description, notice.posted.time.japanTime, notice.incident?.description ?? "—",
            Self.audience(notice, language), notice.title,
            say(
                "確認済 \(record.acknowledged.count)/\(record.readers.count)",
                "acknowledged \(record.acknowledged.count) of \(record.readers.count)"),
        ]
    }

    /// `notice list`: one line per notice, oldest first.
    public func notices(_ records: [NoticeRecord]) -> String {
        records.isEmpty ? say("掲示はまだありません。\n", "No notices yet.\n") : table(records.map(noticeLine), indent: "")
    }

    /// `notice show`: the notice, its text, who has acknowledged it (when) and who not yet.
    public func notice(_ record: NoticeRecord) -> String {
        let notice = record.notice
        var out = "\(notice.id)  \(notice.title)\n"
        out += say(
            "  掲示 \(notice.posted.time.japanTime)（\(notice.posted.actor)）、宛先: \(Self.audience(notice, language))",
            "  posted \(notice.posted.time.japanTime) by \(notice.posted.actor) to \(Self.audience(notice))")
        out += notice.incident.map { say("、災害 \($0)", ", incident \($0)") } ?? ""
        out +=
            "\n\n" + notice.body.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)\n" }.joined()
        let acknowledged = record.acknowledged
        out += say(
            "\n確認済（\(record.readers.count)人中\(acknowledged.count)人）:\n",
            "\nAcknowledged 確認済 (\(acknowledged.count) of \(record.readers.count)):\n")
        out +=
            acknowledged.isEmpty
            ? say("  まだいません\n", "  nobody yet\n")
            : table(
                acknowledged.map { reader in
                    [memberLabel(reader.member), reader.acknowledged.map { $0.time.japanTime } ?? ""]
                })
        out += say("\n未確認（\(record.waiting.count)人）:\n", "\nNot yet 未確認 (\(record.waiting.count)):\n")
        out += record.waiting.isEmpty ? say("  なし\n", "  nobody\n") : table(record.waiting.map { [memberLabel($0)] })
        return out
    }
}

import CounterpartCore
import CounterpartOperations

extension IncidentText {
    /// Whom a notice went to.
    static func audience(_ notice: Notice) -> String {
        notice.group.map { "group \($0) and headquarters" } ?? "all members"
    }

    /// One notice of `notice list`: id, time, incident, audience, title, acknowledgements.
    public func noticeLine(_ record: NoticeRecord) -> [String] {
        let notice = record.notice
        return [
            notice.id.description, notice.posted.time.japanTime, notice.incident?.description ?? "—",
            Self.audience(notice), notice.title,
            "acknowledged \(record.acknowledged.count) of \(record.readers.count)",
        ]
    }

    /// `notice list`: one line per notice, oldest first.
    public func notices(_ records: [NoticeRecord]) -> String {
        records.isEmpty ? "No notices yet.\n" : table(records.map(noticeLine), indent: "")
    }

    /// `notice show`: the notice, its text, who has acknowledged it (when) and who not yet.
    public func notice(_ record: NoticeRecord) -> String {
        let notice = record.notice
        var out = "\(notice.id)  \(notice.title)\n"
        out += "  posted \(notice.posted.time.japanTime) by \(notice.posted.actor) to \(Self.audience(notice))"
        out += notice.incident.map { ", incident \($0)" } ?? ""
        out +=
            "\n\n" + notice.body.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)\n" }.joined()
        let acknowledged = record.acknowledged
        out += "\nAcknowledged 確認済 (\(acknowledged.count) of \(record.readers.count)):\n"
        out +=
            acknowledged.isEmpty
            ? "  nobody yet\n"
            : table(
                acknowledged.map { reader in
                    [memberLabel(reader.member), reader.acknowledged.map { $0.time.japanTime } ?? ""]
                })
        out += "\nNot yet 未確認 (\(record.waiting.count)):\n"
        out += record.waiting.isEmpty ? "  nobody\n" : table(record.waiting.map { [memberLabel($0)] })
        return out
    }
}

import CounterpartCore
import CounterpartOperations

extension SitrepDocument {
    /// A document of these parts.
    init(title: String, facts: [String], tables: [Table]) {
        self.title = title
        self.facts = facts
        self.tables = tables
    }

    /// The report laid out in Japanese: dates as `2026年11月5日(木)` in the facts and
    /// `11/2(月) 09:30` in the tables, Japan Standard Time; counts of the first table are
    /// 延べ人数 (people × periods), the supporters' are 延べ人日.
    ///
    /// The events' texts and the unread items are shown as the record holds them (the record
    /// is written once, when the change is made, and is not reworded).
    static func japanese(_ report: SituationReport, names: RosterNames, now: Timestamp) -> SitrepDocument {
        let incident = report.incident
        func name(_ code: LocalGovernmentCode) -> String { names.name(code, language: .japanese) }
        let title = "状況報告 — \(incident.id) \(incident.name)" + (incident.isDrill ? "（訓練）" : "")
        let facts = [
            "\(now.japaneseLong) 現在（日本時間）、\(incident.isOpen ? "対応中" : "終了")。"
                + "\(incident.start.japaneseLong)から\(incident.rotationDays)日ごとの交代。",
            "被災市町: " + incident.affected.map { "\(name($0)) (\($0))" }.joined(separator: "、"),
            (report.planVersion.map { "計画 第\($0)版による数値。" } ?? "計画はまだありません。")
                + "人数は延べ人数（人数×期の数）。",
        ]
        let categories = report.categories
        var tables = [
            Table(
                caption: "被災市町・業務区分別",
                headers: ["被災市町", "業務区分", "要請", "提案", "確定", "派遣", "不足"],
                rows: categories.map { line in
                    [
                        name(line.municipality), line.category.japaneseLabel, "\(line.requested)", "\(line.proposed)",
                        "\(line.confirmed)", "\(line.dispatched)", "\(line.short)",
                    ]
                },
                highlighted: Set(categories.indices.filter { categories[$0].short > 0 }),
                empty: "応援要請はまだありません。"),
            Table(
                caption: "応援市町", headers: ["市町", "派遣中", "延べ人日"],
                rows: report.supporters.map { [name($0.municipality), "\($0.away)人", "\($0.personDays)"] },
                empty: "派遣した応援職員はまだいません。"),
            Table(
                caption: "未読（電話で伝える相手）",
                headers: ["市町", "連絡先", "電話", "未読の項目", "未読の人数", "いつから"],
                rows: report.unacknowledged.map { group in
                    [
                        name(group.municipality),
                        group.contact.map { "\($0.name) (\($0.role.japaneseLabel))" } ?? "—",
                        group.contact?.phone ?? "—", unreadItems(group.items.map(\.item.description)),
                        "\(Set(group.items.flatMap(\.waiting)).count)人", group.oldest.japaneseShort,
                    ]
                },
                empty: "すべて既読です。"),
        ]
        if !report.notices.isEmpty { tables.append(notices(report.notices)) }
        tables.append(
            Table(
                caption: "最新の記録 \(report.events.count)件", headers: ["日時", "操作者", "記録", "内容"],
                rows: report.events.map { [$0.stamp.time.japaneseShort, $0.byline, $0.subject, $0.japaneseText] },
                empty: "記録はありません。"))
        return SitrepDocument(title: title, facts: facts, tables: tables)
    }

    /// Unread items shown in a cell at most; the rest are counted.
    static let shownItems = 5

    /// `R1, R2, P3`, or the first ``shownItems`` and `ほか18件` for the rest (the follow-up list
    /// names them all).
    static func unreadItems(_ items: [String]) -> String {
        let shown = items.prefix(shownItems).joined(separator: ", ")
        return items.count > shownItems ? shown + " ほか\(items.count - shownItems)件" : shown
    }

    /// The incident's notices, as ``notices(_:)`` lays them out in English.
    private static func notices(_ notices: [NoticeRecord]) -> Table {
        Table(
            caption: "掲示",
            headers: ["掲示", "日時", "投稿者", "宛先", "件名", "本文", "既読"],
            rows: notices.map { record in
                let notice = record.notice
                return [
                    notice.id.description, notice.posted.time.japaneseShort, notice.posted.actor,
                    notice.group.map { "グループ\($0)・県本部" } ?? "全員", notice.title,
                    notice.body.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(
                        separator: " / "),
                    "\(record.acknowledged.count)/\(record.readers.count)人",
                ]
            },
            empty: "掲示はありません。")
    }
}

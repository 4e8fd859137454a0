import CounterpartCore

/// What an import changes, for a person: per kind, counts, then one line per entry
/// (+ added, − removed, ~ changed with the changed fields), at most ``limit`` lines of each
/// sort per kind (a first import of a million staff is summed up, not listed).
public enum ChangeReport {
    /// Lines listed at most per sort (added, removed, changed) and kind; the rest are counted.
    static let limit = 200

    /// The changes as text, `no changes` when there are none (`roster import`, `roster diff`);
    /// keys made safe for a terminal (``PlainText``).
    public static func render(_ changes: RosterChanges, language: Language = .english) -> String {
        let japanese = language == .japanese
        if changes.isEmpty { return japanese ? "変更はありません\n" : "no changes\n" }
        var out = ""
        if !changes.headerFields.isEmpty {
            out +=
                japanese
                ? "名簿: \(changes.headerFields.joined(separator: "、")) が変わります\n"
                : "roster: \(changes.headerFields.joined(separator: ", ")) changed\n"
        }
        let kinds: [(String, String, RosterChanges.Kind)] = [
            ("市町", "municipalities", changes.municipalities), ("グループ", "groups", changes.groups),
            ("応援の組合せ", "pairings", changes.pairings), ("ホットラインのメンバー", "members", changes.members),
            ("職員", "staff", changes.staff), ("市町ごとの適用開始日", "lists' own effective days", changes.listDays),
        ]
        for (japaneseName, name, kind) in kinds where !kind.isEmpty {
            out +=
                japanese
                ? "\(japaneseName): 追加 \(kind.added.count)、削除 \(kind.removed.count)、変更 \(kind.changed.count)\n"
                : "\(name): \(kind.added.count) added, \(kind.removed.count) removed, \(kind.changed.count) changed\n"
            out += lines(kind.added, japanese) { "  + \(PlainText.line($0))\n" }
            out += lines(kind.removed, japanese) { "  − \(PlainText.line($0))\n" }
            out += lines(kind.changed, japanese) {
                "  ~ \(PlainText.line($0.key)): \($0.fields.joined(separator: japanese ? "、" : ", "))\n"
            }
        }
        return PlainText.document(out)
    }

    /// The first ``limit`` entries as lines, and how many more there are.
    private static func lines<Entry>(_ all: [Entry], _ japanese: Bool, _ line: (Entry) -> String) -> String {
        let shown = all.prefix(limit).map(line).joined()
        guard all.count > limit else { return shown }
        return shown + (japanese ? "  … ほか \(all.count - limit)件\n" : "  … and \(all.count - limit) more\n")
    }
}

import CounterpartCore

/// What an import changes, for a person: per kind, counts, then one line per entry
/// (+ added, − removed, ~ changed with the changed fields), at most ``limit`` lines of each
/// sort per kind (a first import of a million staff is summed up, not listed).
public enum ChangeReport {
    /// Lines listed at most per sort (added, removed, changed) and kind; the rest are counted.
    static let limit = 200

    /// The changes as text, `no changes` when there are none (`roster import`, `roster diff`);
    /// keys made safe for a terminal (``PlainText``).
    public static func render(_ changes: RosterChanges) -> String {
        if changes.isEmpty { return "no changes\n" }
        var out = ""
        if !changes.headerFields.isEmpty { out += "roster: \(changes.headerFields.joined(separator: ", ")) changed\n" }
        let kinds: [(String, RosterChanges.Kind)] = [
            ("municipalities", changes.municipalities), ("groups", changes.groups), ("pairings", changes.pairings),
            ("members", changes.members), ("staff", changes.staff),
            ("lists' own effective days", changes.listDays),
        ]
        for (name, kind) in kinds where !kind.isEmpty {
            out += "\(name): \(kind.added.count) added, \(kind.removed.count) removed, \(kind.changed.count) changed\n"
            out += lines(kind.added) { "  + \(PlainText.line($0))\n" }
            out += lines(kind.removed) { "  − \(PlainText.line($0))\n" }
            out += lines(kind.changed) { "  ~ \(PlainText.line($0.key)): \($0.fields.joined(separator: ", "))\n" }
        }
        return PlainText.document(out)
    }

    /// The first ``limit`` entries as lines, and how many more there are.
    private static func lines<Entry>(_ all: [Entry], _ line: (Entry) -> String) -> String {
        let shown = all.prefix(limit).map(line).joined()
        return all.count > limit ? shown + "  … and \(all.count - limit) more\n" : shown
    }
}

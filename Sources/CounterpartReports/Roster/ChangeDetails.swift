import CounterpartCore

/// What an import changes for the people of the lists, with names and old → new values
/// rather than ids alone: `~ s-382035-0001 加藤 和也: 氏名 加藤 和也 → 加藤 和哉`. Shown for
/// workbook imports, where a person edits a sheet and wants to see their edits read back.
public enum ChangeDetails {
    /// The changes from `old` to `new` as text: the header and other kinds as
    /// ``ChangeReport`` says them, members and staff line by line with their values (at most
    /// ``ChangeReport/limit`` lines of each sort); keys and values made safe for a terminal.
    public static func render(_ changes: RosterChanges, old: Roster?, new: Roster, language: Language = .english)
        -> String
    {
        var brief = changes
        for emptied in [\RosterChanges.members, \RosterChanges.staff] {
            brief[keyPath: emptied].added = []
            brief[keyPath: emptied].removed = []
            brief[keyPath: emptied].changed = []
        }
        let japanese = language == .japanese
        var out = brief.isEmpty ? "" : ChangeReport.render(brief, language: language)
        if changes.isEmpty { return ChangeReport.render(changes, language: language) }
        let oldMembers = Dictionary(old?.members.map { ($0.id.rawValue, $0) } ?? [], uniquingKeysWith: { $1 })
        let newMembers = Dictionary(new.members.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { $1 })
        out += kind(
            changes.members, japanese ? "ホットラインのメンバー" : "members", japanese, old: oldMembers, new: newMembers,
            summary: { "\($0.name)（\(japanese ? $0.role.japaneseLabel : $0.role.rawValue)）" },
            fields: memberFields(japanese))
        let oldStaff = Dictionary(old?.staff.map { ($0.id.rawValue, $0) } ?? [], uniquingKeysWith: { $1 })
        let newStaff = Dictionary(new.staff.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { $1 })
        out += kind(
            changes.staff, japanese ? "職員" : "staff", japanese, old: oldStaff, new: newStaff,
            summary: { "\($0.name)（\(skills($0.skills, japanese))）" }, fields: staffFields(japanese))
        return PlainText.document(out)
    }

    private static func kind<Entry>(
        _ kind: RosterChanges.Kind, _ name: String, _ japanese: Bool, old: [String: Entry], new: [String: Entry],
        summary: (Entry) -> String, fields: [(String, String, (Entry) -> String)]
    ) -> String {
        guard !kind.isEmpty else { return "" }
        var out =
            japanese
            ? "\(name): 追加 \(kind.added.count)、削除 \(kind.removed.count)、変更 \(kind.changed.count)\n"
            : "\(name): \(kind.added.count) added, \(kind.removed.count) removed, \(kind.changed.count) changed\n"
        let more = { (count: Int) in
            count > ChangeReport.limit
                ? (japanese
                    ? "  … ほか \(count - ChangeReport.limit)件\n" : "  … and \(count - ChangeReport.limit) more\n")
                : ""
        }
        for key in kind.added.prefix(ChangeReport.limit) {
            out += "  + \(PlainText.line(key)) \(PlainText.line(new[key].map(summary) ?? ""))\n"
        }
        out += more(kind.added.count)
        for key in kind.removed.prefix(ChangeReport.limit) {
            out += "  − \(PlainText.line(key)) \(PlainText.line(old[key].map(summary) ?? ""))\n"
        }
        out += more(kind.removed.count)
        for entry in kind.changed.prefix(ChangeReport.limit) {
            guard let before = old[entry.key], let after = new[entry.key] else { continue }
            let name = fields.first { $0.0 == "name" }.map { $0.2(before) } ?? ""
            let differences = fields.filter { entry.fields.contains($0.0) }.map { field in
                "\(field.1) \(field.2(before)) → \(field.2(after))"
            }
            out +=
                "  ~ \(PlainText.line(entry.key)) \(PlainText.line(name)): "
                + PlainText.line(differences.joined(separator: japanese ? "、" : ", ")) + "\n"
        }
        return out + more(kind.changed.count)
    }

    private static func memberFields(_ japanese: Bool) -> [(String, String, (HotlineMember) -> String)] {
        [
            ("name", japanese ? "氏名" : "name", { $0.name }),
            ("role", japanese ? "役割" : "role", { japanese ? $0.role.japaneseLabel : $0.role.rawValue }),
            ("phone", japanese ? "電話番号" : "phone", { $0.phone ?? "" }),
            ("email", japanese ? "メールアドレス" : "e-mail", { $0.email ?? "" }),
            ("municipality", japanese ? "市町" : "municipality", { $0.municipality.description }),
        ]
    }

    private static func staffFields(_ japanese: Bool) -> [(String, String, (StaffPerson) -> String)] {
        [
            ("name", japanese ? "氏名" : "name", { $0.name }),
            ("skills", japanese ? "業務" : "skills", { skills($0.skills, japanese) }),
            (
                "availability", japanese ? "派遣できる期間" : "availability",
                { $0.availability.map { "\($0.from)〜\($0.to)" }.joined(separator: japanese ? "、" : ", ") }
            ),
            ("municipality", japanese ? "市町" : "municipality", { $0.municipality.description }),
        ]
    }

    private static func skills(_ skills: JobCategorySet, _ japanese: Bool) -> String {
        japanese ? skills.map(\.japaneseLabel).joined(separator: "、") : skills.description
    }
}

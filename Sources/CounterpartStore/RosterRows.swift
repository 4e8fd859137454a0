import CounterpartCore
import CounterpartStorage

/// Row mapping between the roster's values and the tables of ``StoreSchema``: the only place
/// that knows both. Lists are stored as space-separated tokens (skills, secondary codes,
/// availability intervals as `from..to`).
enum RosterRows {
    /// The roster after revision `asOf` (the current one when `nil`), or `nil` when none is kept.
    /// Entries come back in key order (codes and ids as byte strings).
    static func load(_ db: any SQLSession, asOf: Int?) throws -> Roster? {
        let header = try db.rows(
            asOf == nil
                ? "SELECT prefecture, effective FROM revision ORDER BY id DESC LIMIT 1"
                : "SELECT prefecture, effective FROM revision WHERE id <= ? ORDER BY id DESC LIMIT 1",
            asOf.map { [$0] } ?? []
        ).first
        guard let header else { return nil }
        let filter = asOf.map { "valid_from <= \($0) AND (valid_to IS NULL OR valid_to > \($0))" } ?? "valid_to IS NULL"
        var roster = Roster(
            prefecture: try code(header.decode(atIndex: 0)), effective: try day(header.decode(atIndex: 1)))
        roster.municipalities = try db.rows(
            """
            SELECT code, name, kind, latitude, longitude, dispatch_capacity, population FROM municipality WHERE \(filter) ORDER BY code
            """, []
        ).map { row in
            Municipality(
                code: try code(row.decode(atIndex: 0)), name: try row.decode(atIndex: 1),
                kind: try known(MunicipalityKind.self, row.decode(atIndex: 2)),
                latitude: try row.decode(atIndex: 3), longitude: try row.decode(atIndex: 4),
                dispatchCapacity: try row.decode(atIndex: 5), population: try row.decode(atIndex: 6))
        }
        let pairings = try db.rows(
            """
            SELECT affected, group_id, primary_code, secondaries, status FROM pairing WHERE \(filter) ORDER BY affected
            """, [])
        roster.groups = try db.rows(
            "SELECT group_id, name FROM counterpart_group WHERE \(filter) ORDER BY group_id", []
        ).map { row in
            let id: String = try row.decode(atIndex: 0)
            return CounterpartGroup(
                id: GroupID(id), name: try row.decode(atIndex: 1),
                pairings: try pairings.filter { try $0.decode(String.self, atIndex: 1) == id }.map {
                    pairing in
                    let status: String? = try pairing.decode(atIndex: 4)
                    return Pairing(
                        affected: try code(pairing.decode(atIndex: 0)),
                        primary: try code(pairing.decode(atIndex: 2)),
                        secondaries: try tokens(pairing.decode(atIndex: 3)).map(code),
                        status: try status.map { try known(PairingStatus.self, $0) })
                })
        }
        roster.members = try db.rows(
            """
            SELECT member_id, municipality, role, name, phone, email FROM member WHERE \(filter) ORDER BY member_id
            """, []
        ).map { row in
            HotlineMember(
                id: MemberID(try row.decode(String.self, atIndex: 0)),
                municipality: try code(row.decode(atIndex: 1)),
                role: try known(HotlineRole.self, row.decode(atIndex: 2)),
                name: try row.decode(atIndex: 3),
                phone: try row.decode(atIndex: 4), email: try row.decode(atIndex: 5))
        }
        for row in try db.rows("SELECT code, effective FROM municipality_effective WHERE \(filter) ORDER BY code", []) {
            roster.listsEffective[try code(row.decode(atIndex: 0))] = try day(row.decode(atIndex: 1))
        }
        // A million rows come back on a large store: read one by one, lists parsed from bytes.
        try db.forEachRow(
            """
            SELECT staff_id, municipality, name, skills, availability FROM staff WHERE \(filter) ORDER BY staff_id
            """, []
        ) { row in
            let skills = try row.decode(String.self, atIndex: 3)
            let availability = try row.decode(String.self, atIndex: 4)
            roster.staff.append(
                StaffPerson(
                    id: StaffID(try row.decode(String.self, atIndex: 0)),
                    municipality: try code(row.decode(atIndex: 1)),
                    name: try row.decode(atIndex: 2), skills: RowText.skills(skills),
                    availability: try RowText.ranges(availability)))
        }
        return roster
    }

    /// The number the next revision gets.
    static func nextRevision(_ db: any SQLSession) throws -> Int {
        try db.value("SELECT coalesce(max(id), 0) + 1 FROM revision") ?? 1
    }

    /// What a file replaces, as the history keeps it: `full`, or `municipality 382019`.
    static func scope(of file: RosterStore.ImportedFile) -> String {
        if case .municipality(let code) = file.roster.scope { return "municipality \(code)" }
        return "full"
    }

    /// Starts revision `revision` of a first import whose staff rows are stored before the
    /// rest is known: the row is completed by ``write(_:revision:changes:roster:files:record:staffStored:)``
    /// in the same transaction, so nobody ever sees the placeholders.
    static func startRevision(_ db: any SQLSession, revision: Int, user: String, time: String) throws {
        try db.execute(
            """
            INSERT INTO revision (id, created_at, os_user, prefecture, effective, added, removed, changed) VALUES (?, ?, ?, '000000', '0000-00-00', 0, 0, 0)
            """, [revision, time, user])
    }

    /// Stores `changes` that lead to `roster` as revision `revision` (see ``nextRevision(_:)``).
    /// With `staffStored`, the staff rows of a first import are already in place, under the
    /// revision row begun by ``startRevision(_:revision:user:time:)``.
    /// The revision's event is appended to the record in the same transaction.
    static func write(
        _ db: any SQLSession, revision: Int, changes: RosterChanges, roster: Roster, files: [RosterStore.ImportedFile],
        record: ImportRecord, staffStored: Bool = false
    ) throws {
        let (user, time) = (record.user, record.time)
        let kinds = [changes.municipalities, changes.groups, changes.pairings, changes.members, changes.staff]
        let counts = [
            kinds.map(\.added.count).reduce(0, +), kinds.map(\.removed.count).reduce(0, +),
            kinds.map(\.changed.count).reduce(0, +),
        ]
        if staffStored {
            try db.execute(
                "UPDATE revision SET prefecture = ?, effective = ?, added = ?, removed = ?, changed = ? WHERE id = ?",
                [
                    roster.prefecture.description, roster.effective.description, counts[0], counts[1], counts[2],
                    revision,
                ])
        } else {
            try db.execute(
                """
                INSERT INTO revision (id, created_at, os_user, prefecture, effective, added, removed, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    revision, time, user, roster.prefecture.description, roster.effective.description,
                    counts[0], counts[1], counts[2],
                ])
        }
        for (position, file) in files.enumerated() {
            try db.execute(
                "INSERT INTO revision_file (revision_id, position, path, sha256, scope) VALUES (?, ?, ?, ?, ?)",
                [revision, position, file.path, file.sha256, scope(of: file)])
        }
        try record.appendEvent(db, revision: revision, files: files)
        try replace(
            db, table: "municipality", key: "code", kind: changes.municipalities, revision: revision,
            columns: ["code", "name", "kind", "latitude", "longitude", "dispatch_capacity", "population"],
            entries: roster.municipalities, keyOf: { $0.code.description }
        ) { municipality in
            [
                .text(municipality.code.description), .text(municipality.name), .text(municipality.kind.rawValue),
                .real(municipality.latitude), .real(municipality.longitude),
                .integer(municipality.dispatchCapacity), .integer(municipality.population),
            ]
        }
        try replace(
            db, table: "counterpart_group", key: "group_id", kind: changes.groups, revision: revision,
            columns: ["group_id", "name"], entries: roster.groups, keyOf: { $0.id.rawValue }
        ) { [.text($0.id.rawValue), .text($0.name)] }
        let pairings = roster.groups.flatMap { group in group.pairings.map { (group.id, $0) } }
        try replace(
            db, table: "pairing", key: "affected", kind: changes.pairings, revision: revision,
            columns: ["affected", "group_id", "primary_code", "secondaries", "status"],
            entries: pairings, keyOf: { $0.1.affected.description }
        ) { group, pairing in
            [
                .text(pairing.affected.description), .text(group.rawValue), .text(pairing.primary.description),
                .text(pairing.secondaries.map(\.description).joined(separator: " ")), .text(pairing.status?.rawValue),
            ]
        }
        try replace(
            db, table: "member", key: "member_id", kind: changes.members, revision: revision,
            columns: ["member_id", "municipality", "role", "name", "phone", "email"],
            entries: roster.members, keyOf: { $0.id.rawValue }
        ) { member in
            [
                .text(member.id.rawValue), .text(member.municipality.description), .text(member.role.rawValue),
                .text(member.name),
                .text(member.phone), .text(member.email),
            ]
        }
        try replace(
            db, table: "municipality_effective", key: "code", kind: changes.listDays, revision: revision,
            columns: ["code", "effective"], entries: roster.listsEffective.sorted { $0.key < $1.key },
            keyOf: { $0.key.description }
        ) { [.text($0.key.description), .text($0.value.description)] }
        guard !staffStored else { return }
        try close(db, table: "staff", key: "staff_id", kind: changes.staff, revision: revision)
        try StoreSchema.withStaffIndexesDeferredWhenEmpty(db) {
            var writer = try db.staffWriter(revision: revision)
            try forEachFresh(of: roster.staff, kind: changes.staff, keyOf: { $0.id.rawValue }) { person in
                try writer.insert(person)
            }
            try writer.finish()
        }
    }

    /// Closes the rows of removed and changed entries and inserts the new versions of added
    /// and changed ones, all at once (one prepared statement in SQLite, one COPY in PostgreSQL).
    private static func replace<Entry>(
        _ db: any SQLSession, table: String, key: String, kind: RosterChanges.Kind, revision: Int, columns: [String],
        entries: [Entry], keyOf: (Entry) -> String, values: (Entry) -> [SQLValue]
    ) throws {
        try close(db, table: table, key: key, kind: kind, revision: revision)
        guard !kind.added.isEmpty || !kind.changed.isEmpty else { return }
        var writer = try db.rowWriter(table: table, columns: columns + ["valid_from"])
        try forEachFresh(of: entries, kind: kind, keyOf: keyOf) { entry in
            try writer.insert(values(entry) + [.integer(revision)])
        }
        try writer.finish()
    }

    /// Closes the current rows of the removed and changed entries of `kind`.
    private static func close(_ db: any SQLSession, table: String, key: String, kind: RosterChanges.Kind, revision: Int)
        throws
    {
        let close = "UPDATE \(table) SET valid_to = ? WHERE \(key) = ? AND valid_to IS NULL"
        for entryKey in kind.removed + kind.changed.map(\.key) {
            try db.execute(close, [revision, entryKey])
        }
    }

    /// Calls `body` with each entry that `kind` adds or changes, in roster order.
    private static func forEachFresh<Entry>(
        of entries: [Entry], kind: RosterChanges.Kind, keyOf: (Entry) -> String, _ body: (Entry) throws -> Void
    ) throws {
        guard !kind.added.isEmpty || !kind.changed.isEmpty else { return }
        // When every entry is new (a first import), no key needs looking up.
        let isEverything = kind.added.count == entries.count
        let fresh = isEverything ? [] : Set(kind.added + kind.changed.map(\.key))
        for entry in entries where isEverything || fresh.contains(keyOf(entry)) {
            try body(entry)
        }
    }

    static func revisions(_ db: any SQLSession) throws -> [Revision] {
        let files = try db.rows(
            "SELECT revision_id, path, sha256, scope FROM revision_file ORDER BY revision_id, position", [])
        return try db.rows("SELECT id, created_at, os_user, added, removed, changed FROM revision ORDER BY id", []).map
        {
            row in
            let number: Int = try row.decode(atIndex: 0)
            return Revision(
                number: number, createdAt: try row.decode(atIndex: 1), user: try row.decode(atIndex: 2),
                files: try files.filter { try $0.decode(Int.self, atIndex: 0) == number }.map {
                    Revision.File(
                        path: try $0.decode(atIndex: 1), sha256: try $0.decode(atIndex: 2),
                        scope: try $0.decode(atIndex: 3))
                },
                added: try row.decode(atIndex: 3), removed: try row.decode(atIndex: 4),
                changed: try row.decode(atIndex: 5))
        }
    }

    private static func code(_ text: String) throws -> LocalGovernmentCode { try LocalGovernmentCode(text) }
    private static func day(_ text: String) throws -> CalendarDay { try CalendarDay(text) }
    /// The value of a closed set a column holds; anything else is a damaged row.
    private static func known<Value: RawRepresentable>(_ type: Value.Type, _ text: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else { throw StorageError.corrupt("'\(text)' is not a \(Value.self)") }
        return value
    }

    private static func tokens(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
}

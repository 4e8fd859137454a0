import CounterpartCore
import CounterpartStorage
import GRDB

/// Row mapping between the roster's values and the tables of ``StoreSchema``: the only place
/// that knows both. Lists are stored as space-separated tokens (skills, secondary codes,
/// availability intervals as `from..to`).
enum RosterRows {
    /// The roster after revision `asOf` (the current one when `nil`), or `nil` when none is kept.
    /// Entries come back in key order (codes and ids as byte strings).
    static func load(_ db: Database, asOf: Int?) throws -> Roster? {
        let header = try Row.fetchOne(
            db,
            sql: asOf == nil
                ? "SELECT prefecture, effective FROM revision ORDER BY id DESC LIMIT 1"
                : "SELECT prefecture, effective FROM revision WHERE id <= ? ORDER BY id DESC LIMIT 1",
            arguments: asOf.map { [$0] } ?? [])
        guard let header else { return nil }
        let filter = asOf.map { "valid_from <= \($0) AND (valid_to IS NULL OR valid_to > \($0))" } ?? "valid_to IS NULL"
        var roster = Roster(
            prefecture: try code(header.decode(forColumn: "prefecture")),
            effective: try day(header.decode(forColumn: "effective")))
        roster.municipalities = try Row.fetchAll(
            db,
            sql: """
                SELECT code, name, kind, latitude, longitude, dispatch_capacity, population FROM municipality WHERE \(filter) ORDER BY code
                """
        ).map { row in
            Municipality(
                code: try code(row.decode(forColumn: "code")), name: try row.decode(forColumn: "name"),
                kind: try known(MunicipalityKind.self, row.decode(forColumn: "kind")),
                latitude: try row.decode(forColumn: "latitude"), longitude: try row.decode(forColumn: "longitude"),
                dispatchCapacity: try row.decode(forColumn: "dispatch_capacity"),
                population: try row.decode(forColumn: "population"))
        }
        let pairings = try Row.fetchAll(
            db,
            sql: """
                SELECT affected, group_id, primary_code, secondaries, status FROM pairing WHERE \(filter) ORDER BY affected
                """)
        roster.groups = try Row.fetchAll(
            db, sql: "SELECT group_id, name FROM counterpart_group WHERE \(filter) ORDER BY group_id"
        ).map { row in
            let id: String = try row.decode(forColumn: "group_id")
            return CounterpartGroup(
                id: GroupID(id), name: try row.decode(forColumn: "name"),
                pairings: try pairings.filter { try $0.decode(String.self, forColumn: "group_id") == id }.map {
                    pairing in
                    let status: String? = try pairing.decode(forColumn: "status")
                    return Pairing(
                        affected: try code(pairing.decode(forColumn: "affected")),
                        primary: try code(pairing.decode(forColumn: "primary_code")),
                        secondaries: try tokens(pairing.decode(forColumn: "secondaries")).map(code),
                        status: try status.map { try known(PairingStatus.self, $0) })
                })
        }
        roster.members = try Row.fetchAll(
            db,
            sql: """
                SELECT member_id, municipality, role, name, phone, email FROM member WHERE \(filter) ORDER BY member_id
                """
        ).map { row in
            HotlineMember(
                id: MemberID(try row.decode(String.self, forColumn: "member_id")),
                municipality: try code(row.decode(forColumn: "municipality")),
                role: try known(HotlineRole.self, row.decode(forColumn: "role")),
                name: try row.decode(forColumn: "name"),
                phone: try row.decode(forColumn: "phone"), email: try row.decode(forColumn: "email"))
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT code, effective FROM municipality_effective WHERE \(filter) ORDER BY code")
        {
            roster.listsEffective[try code(row.decode(atIndex: 0))] = try day(row.decode(atIndex: 1))
        }
        let staff = try Row.fetchCursor(
            db,
            sql: """
                SELECT staff_id, municipality, name, skills, availability FROM staff WHERE \(filter) ORDER BY staff_id
                """)
        // A million rows come back on a large store: columns by position, lists parsed from bytes.
        while let row = try staff.next() {
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
    static func nextRevision(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM revision") ?? 1
    }

    /// What a file replaces, as the history keeps it: `full`, or `municipality 382019`.
    static func scope(of file: RosterStore.ImportedFile) -> String {
        if case .municipality(let code) = file.roster.scope { return "municipality \(code)" }
        return "full"
    }

    /// Starts revision `revision` of a first import whose staff rows are stored before the
    /// rest is known: the row is completed by ``write(_:revision:changes:roster:files:record:staffStored:)``
    /// in the same transaction, so nobody ever sees the placeholders.
    static func startRevision(_ db: Database, revision: Int, user: String, time: String) throws {
        try db.execute(
            sql: """
                INSERT INTO revision (id, created_at, os_user, prefecture, effective, added, removed, changed) VALUES (?, ?, ?, '000000', '0000-00-00', 0, 0, 0)
                """, arguments: [revision, time, user])
    }

    /// Stores `changes` that lead to `roster` as revision `revision` (see ``nextRevision(_:)``).
    /// With `staffStored`, the staff rows of a first import are already in place, under the
    /// revision row begun by ``startRevision(_:revision:user:time:)``.
    /// The revision's event is appended to the record in the same transaction.
    static func write(
        _ db: Database, revision: Int, changes: RosterChanges, roster: Roster, files: [RosterStore.ImportedFile],
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
                sql:
                    "UPDATE revision SET prefecture = ?, effective = ?, added = ?, removed = ?, changed = ? WHERE id = ?",
                arguments: [
                    roster.prefecture.description, roster.effective.description, counts[0], counts[1], counts[2],
                    revision,
                ])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO revision (id, created_at, os_user, prefecture, effective, added, removed, changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    revision, time, user, roster.prefecture.description, roster.effective.description,
                    counts[0], counts[1], counts[2],
                ])
        }
        for (position, file) in files.enumerated() {
            try db.execute(
                sql: "INSERT INTO revision_file (revision_id, position, path, sha256, scope) VALUES (?, ?, ?, ?, ?)",
                arguments: [revision, position, file.path, file.sha256, scope(of: file)])
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
            var writer = try StaffRowWriter(db)
            try forEachFresh(of: roster.staff, kind: changes.staff, keyOf: { $0.id.rawValue }) { person in
                try writer.insert(person, revision: revision)
            }
        }
    }

    /// Closes the rows of removed and changed entries and inserts the new versions of added
    /// and changed ones, with one prepared statement each.
    private static func replace<Entry>(
        _ db: Database, table: String, key: String, kind: RosterChanges.Kind, revision: Int, columns: [String],
        entries: [Entry], keyOf: (Entry) -> String, values: (Entry) -> [BoundValue]
    ) throws {
        try close(db, table: table, key: key, kind: kind, revision: revision)
        guard !kind.added.isEmpty || !kind.changed.isEmpty else { return }
        let placeholders = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        let insert = try RowInserter(
            db, sql: "INSERT INTO \(table) (\(columns.joined(separator: ", ")), valid_from) VALUES (\(placeholders))")
        try forEachFresh(of: entries, kind: kind, keyOf: keyOf) { entry in
            try insert.insert(values(entry) + [.integer(revision)])
        }
    }

    /// Closes the current rows of the removed and changed entries of `kind`.
    private static func close(_ db: Database, table: String, key: String, kind: RosterChanges.Kind, revision: Int)
        throws
    {
        let close = try db.makeStatement(sql: "UPDATE \(table) SET valid_to = ? WHERE \(key) = ? AND valid_to IS NULL")
        for entryKey in kind.removed + kind.changed.map(\.key) {
            try close.execute(arguments: [revision, entryKey])
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

    static func revisions(_ db: Database) throws -> [Revision] {
        let files = try Row.fetchAll(
            db, sql: "SELECT revision_id, path, sha256, scope FROM revision_file ORDER BY revision_id, position")
        return try Row.fetchAll(
            db, sql: "SELECT id, created_at, os_user, added, removed, changed FROM revision ORDER BY id"
        ).map { row in
            let number: Int = row["id"]
            return Revision(
                number: number, createdAt: row["created_at"], user: row["os_user"],
                files: files.filter { $0["revision_id"] == number }.map {
                    Revision.File(path: $0["path"], sha256: $0["sha256"], scope: $0["scope"])
                },
                added: row["added"], removed: row["removed"], changed: row["changed"])
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

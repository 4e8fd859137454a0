import CounterpartStorage
import GRDB

/// Each event carries the SHA-256 of its own fields and the hash of the event before it, so
/// that an event edited or deleted behind Counterpart's back (the triggers can be dropped by
/// anyone with the file) breaks the chain, and `db check` says where.
enum EventChain {
    /// The hash of an event with these fields after an event whose hash is `previous`.
    ///
    /// An event with neither kind nor origin (every event before v8, and those not streamed
    /// made at the command line) hashes exactly as before v8, so older files still check;
    /// otherwise both are hashed too, each marked present (`+`) or absent, so that no edit
    /// of either (a kind removed, an origin added) keeps the hash.
    static func hash(
        previous: String?, id: Int, incident: Int?, at: String, actor: String, subject: String, text: String,
        kind: String? = nil, origin: String? = nil
    )
        -> String
    {
        var digest = SHA256()
        var fields = [previous ?? "", String(id), incident.map(String.init) ?? "", at, actor, subject, text]
        if kind != nil || origin != nil {
            fields += [kind.map { "+" + $0 } ?? "", origin.map { "+" + $0 } ?? ""]
        }
        digest.update(Array(fields.joined(separator: "\u{1F}").utf8))
        return digest.hexDigest()
    }

    /// Every break of the chain, in a sentence each: an event whose fields or predecessor no
    /// longer match its hash, or a gap in the ids (a deleted event).
    static func problems(_ db: any SQLSession) throws -> [String] {
        var problems: [String] = []
        var previous: String?
        var expectedID = 1
        try db.forEachRow(
            "SELECT id, incident_id, at, actor, subject, text, hash, kind, origin FROM event ORDER BY id", []
        ) { row in
            let id: Int = try row.decode(atIndex: 0)
            if id != expectedID {
                problems.append("event record: events \(expectedID) to \(id - 1) are missing (deleted?)")
            }
            let stored: String? = try row.decode(atIndex: 6)
            let computed = hash(
                previous: previous, id: id, incident: try row.decode(atIndex: 1), at: try row.decode(atIndex: 2),
                actor: try row.decode(atIndex: 3), subject: try row.decode(atIndex: 4),
                text: try row.decode(atIndex: 5),
                kind: try row.decode(atIndex: 7), origin: try row.decode(atIndex: 8)
            )
            if stored != computed {
                problems.append(
                    "event record: event \(id) does not match its hash (edited, or a missing event before it)")
            }
            previous = stored
            expectedID = id + 1
        }
        return problems
    }

    /// Appends `row` to the record as the event after the latest, chained to it: the one way
    /// every event is written (incident changes, account changes, roster imports).
    static func append(_ row: EventRow, _ db: any SQLSession) throws {
        // The latest event's id and hash in one read.
        let latest = try db.rows("SELECT id, hash FROM event ORDER BY id DESC LIMIT 1", []).first
        let id = (try latest?.decode(Int.self, atIndex: 0) ?? 0) + 1
        let hash = hash(
            previous: try latest?.decode(String?.self, atIndex: 1), id: id, incident: row.incident, at: row.at,
            actor: row.actor,
            subject: row.subject, text: row.text, kind: row.kind, origin: row.origin)
        try db.execute(
            """
            INSERT INTO event (id, incident_id, at, actor, subject, text, clock_fixed, hash, kind, origin)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                id, row.incident, row.at, row.actor, row.subject, row.text, row.isClockFixed, hash, row.kind,
                row.origin,
            ])
    }

    /// Hashes every event of a database that had none (migration v6): the triggers that keep
    /// the record permanent are lifted for this one update and put back.
    static func hashExisting(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER event_is_permanent_update")
        var previous: String?
        let rows = try Row.fetchAll(db, sql: "SELECT id, incident_id, at, actor, subject, text FROM event ORDER BY id")
        for row in rows {
            let id: Int = try row.decode(atIndex: 0)
            let value = hash(
                previous: previous, id: id, incident: try row.decode(atIndex: 1), at: try row.decode(atIndex: 2),
                actor: try row.decode(atIndex: 3), subject: try row.decode(atIndex: 4), text: try row.decode(atIndex: 5)
            )
            try db.execute(sql: "UPDATE event SET hash = ? WHERE id = ?", arguments: [value, id])
            previous = value
        }
        try db.execute(
            sql: """
                CREATE TRIGGER event_is_permanent_update BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'the event record is permanent'); END;
                """)
    }
}

import GRDB

/// The database schema, as an append-only list of migrations. Never edit a migration once
/// shipped; add a new one. Every roster table keeps each version of a row with the revision
/// that brought it (`valid_from`) and the one that replaced it (`valid_to`, null while
/// current), so any earlier revision can be read back as it was.
enum StoreSchema {
    /// One step of the schema: its name (kept in the database once applied) and its SQL, as
    /// SQLite runs it (PostgreSQL runs it translated, see ``PostgresSchema``).
    struct Migration: Sendable {
        var name: String
        var sql: String
        /// What SQLite does after the SQL, on files made before the step.
        var afterwardsInSQLite: (@Sendable (Database) throws -> Void)? = nil
    }

    /// GRDB's migrator over ``migrations``.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
                try migration.afterwardsInSQLite?(db)
            }
        }
        return migrator
    }

    /// Every step, in order.
    static let migrations: [Migration] = [
        Migration(
            name: "v1: roster with permanent history",
            sql: """
                CREATE TABLE counterpart_store (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    application TEXT NOT NULL CHECK (application = 'counterpart')
                );
                INSERT INTO counterpart_store (singleton, application) VALUES (1, 'counterpart');

                CREATE TABLE revision (
                    id INTEGER PRIMARY KEY,
                    created_at TEXT NOT NULL,
                    os_user TEXT NOT NULL,
                    prefecture TEXT NOT NULL CHECK (length(prefecture) = 6),
                    effective TEXT NOT NULL CHECK (length(effective) = 10),
                    added INTEGER NOT NULL CHECK (added >= 0),
                    removed INTEGER NOT NULL CHECK (removed >= 0),
                    changed INTEGER NOT NULL CHECK (changed >= 0)
                );
                CREATE TABLE revision_file (
                    revision_id INTEGER NOT NULL REFERENCES revision(id),
                    position INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    scope TEXT NOT NULL,
                    PRIMARY KEY (revision_id, position)
                );
                CREATE TABLE municipality (
                    code TEXT NOT NULL CHECK (length(code) = 6),
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('city', 'town', 'village')),
                    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
                    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
                    dispatch_capacity INTEGER CHECK (dispatch_capacity >= 0),
                    population INTEGER CHECK (population >= 0),
                    valid_from INTEGER NOT NULL REFERENCES revision(id),
                    valid_to INTEGER REFERENCES revision(id)
                );
                CREATE TABLE counterpart_group (
                    group_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    valid_from INTEGER NOT NULL REFERENCES revision(id),
                    valid_to INTEGER REFERENCES revision(id)
                );
                CREATE TABLE pairing (
                    affected TEXT NOT NULL CHECK (length(affected) = 6),
                    group_id TEXT NOT NULL,
                    primary_code TEXT NOT NULL CHECK (length(primary_code) = 6),
                    secondaries TEXT NOT NULL,
                    status TEXT CHECK (status IN ('official', 'proposed')),
                    valid_from INTEGER NOT NULL REFERENCES revision(id),
                    valid_to INTEGER REFERENCES revision(id)
                );
                CREATE TABLE member (
                    member_id TEXT NOT NULL,
                    municipality TEXT NOT NULL CHECK (length(municipality) = 6),
                    role TEXT NOT NULL CHECK (role IN ('vice-mayor', 'disaster-manager', 'personnel-manager', 'liaison', 'hq-disaster', 'hq-promotion')),
                    name TEXT NOT NULL,
                    phone TEXT,
                    email TEXT,
                    valid_from INTEGER NOT NULL REFERENCES revision(id),
                    valid_to INTEGER REFERENCES revision(id)
                );
                CREATE TABLE staff (
                    staff_id TEXT NOT NULL,
                    municipality TEXT NOT NULL CHECK (length(municipality) = 6),
                    name TEXT NOT NULL,
                    skills TEXT NOT NULL,
                    availability TEXT NOT NULL,
                    valid_from INTEGER NOT NULL REFERENCES revision(id),
                    valid_to INTEGER REFERENCES revision(id)
                );
                CREATE UNIQUE INDEX municipality_current ON municipality(code) WHERE valid_to IS NULL;
                CREATE UNIQUE INDEX group_current ON counterpart_group(group_id) WHERE valid_to IS NULL;
                CREATE UNIQUE INDEX pairing_current ON pairing(affected) WHERE valid_to IS NULL;
                CREATE UNIQUE INDEX member_current ON member(member_id) WHERE valid_to IS NULL;
                CREATE UNIQUE INDEX staff_current ON staff(staff_id) WHERE valid_to IS NULL;
                CREATE INDEX municipality_history ON municipality(valid_from, valid_to);
                CREATE INDEX group_history ON counterpart_group(valid_from, valid_to);
                CREATE INDEX pairing_history ON pairing(valid_from, valid_to);
                CREATE INDEX member_history ON member(valid_from, valid_to);
                CREATE INDEX staff_history ON staff(valid_from, valid_to);
                """),
        Migration(
            name: "v2: incidents, requests, plans, answers, acknowledgements, notices", sql: OperationsTables.sql),
        // The as-of query reads nearly every row of a table whatever the revision, so these
        // indexes never saved work; keeping the staff one up to date cost a fifth of a
        // million-person first import.
        Migration(
            name: "v3: no history indexes",
            sql: ["municipality", "group", "pairing", "member", "staff"].map { "DROP INDEX \($0)_history;" }.joined(
                separator: "\n")),
        // Plan shortfalls are part of a plan version and as permanent as it is; the pending
        // acknowledgements of one incident are found by index, not by scanning them all.
        Migration(
            name: "v4: permanent shortfalls, pending by incident",
            sql: """
                CREATE TRIGGER plan_shortfall_is_permanent_update BEFORE UPDATE ON plan_shortfall
                    BEGIN SELECT RAISE(ABORT, 'plan shortfalls are permanent'); END;
                CREATE TRIGGER plan_shortfall_is_permanent_delete BEFORE DELETE ON plan_shortfall
                    BEGIN SELECT RAISE(ABORT, 'plan shortfalls are permanent'); END;
                CREATE INDEX acknowledgement_incident_pending ON acknowledgement(incident_id, due_since)
                    WHERE acknowledged_at IS NULL;
                """),
        // A municipality's list renewed on its own (a `scope="municipality"` file) holds from
        // the file's day; the roster's day stays that of its last full file.
        Migration(
            name: "v5: effective day of each municipality's list",
            sql: """
                CREATE TABLE municipality_effective (
                    code TEXT NOT NULL CHECK (length(code) = 6),
                    effective TEXT NOT NULL CHECK (length(effective) = 10),
                    valid_from INTEGER NOT NULL REFERENCES revision(id),
                    valid_to INTEGER REFERENCES revision(id)
                );
                CREATE UNIQUE INDEX municipality_effective_current ON municipality_effective(code)
                    WHERE valid_to IS NULL;
                """),
        // People unavailable whatever the incident; an incident's own planning policy (a
        // drill's scenario); events marked when their time came from a fixed clock, and
        // chained by hash so that an edit behind Counterpart's back is found by `db check`.
        Migration(
            name: "v6: unavailability, incident policy, event marks and chain",
            sql: """
                CREATE TABLE unavailability (
                    id INTEGER PRIMARY KEY,
                    staff_id TEXT NOT NULL CHECK (staff_id <> ''),
                    day_from TEXT NOT NULL CHECK (length(day_from) = 10),
                    day_to TEXT NOT NULL CHECK (length(day_to) = 10 AND day_from <= day_to),
                    reason TEXT NOT NULL CHECK (reason <> ''),
                    declared_at TEXT NOT NULL,
                    declared_by TEXT NOT NULL,
                    lifted_at TEXT,
                    lifted_by TEXT
                );
                ALTER TABLE incident ADD COLUMN policy TEXT;
                ALTER TABLE event ADD COLUMN clock_fixed INTEGER NOT NULL DEFAULT 0 CHECK (clock_fixed IN (0, 1));
                ALTER TABLE event ADD COLUMN hash TEXT;
                ALTER TABLE assignment ADD COLUMN staff_name TEXT;
                CREATE INDEX assignment_held ON assignment(state, incident_id) WHERE state IN ('confirmed', 'dispatched');
                """,
            afterwardsInSQLite: EventChain.hashExisting),
        // Hotline members' accounts: only SHA-256 hashes of one-time codes, tokens and session
        // ids are kept, never the secrets; the password's hash is the server's (bcrypt).
        Migration(
            name: "v7: accounts",
            sql: """
                CREATE TABLE account (
                    member_id TEXT PRIMARY KEY CHECK (member_id <> ''),
                    password_hash TEXT CHECK (password_hash <> ''),
                    created_at TEXT NOT NULL,
                    enrolled_at TEXT,
                    failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
                    failures_since TEXT
                );
                CREATE TABLE invitation (
                    id INTEGER PRIMARY KEY,
                    member_id TEXT NOT NULL REFERENCES account(member_id),
                    code_hash TEXT NOT NULL CHECK (length(code_hash) = 64),
                    created_at TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    used_at TEXT,
                    ended_at TEXT,
                    CHECK (used_at IS NULL OR ended_at IS NULL)
                );
                CREATE INDEX invitation_member ON invitation(member_id);
                CREATE TABLE access_token (
                    id INTEGER PRIMARY KEY,
                    member_id TEXT NOT NULL REFERENCES account(member_id),
                    label TEXT NOT NULL CHECK (label <> ''),
                    token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
                    created_at TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    revoked_at TEXT
                );
                CREATE INDEX access_token_member ON access_token(member_id);
                CREATE TABLE session (
                    id_hash TEXT PRIMARY KEY CHECK (length(id_hash) = 64),
                    member_id TEXT NOT NULL REFERENCES account(member_id),
                    created_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL,
                    ended_at TEXT
                );
                CREATE INDEX session_member ON session(member_id);
                CREATE INDEX event_subject ON event(subject, id);
                """),
        // Which kind of change each event was (`request.filed`, for the server's live stream)
        // and the remote address it came from. Both stay NULL on older events, whose hashes
        // are kept as they are; events with either are hashed with both (see `EventChain`).
        Migration(
            name: "v8: event kinds and origins",
            sql: """
                ALTER TABLE event ADD COLUMN kind TEXT CHECK (kind <> '');
                ALTER TABLE event ADD COLUMN origin TEXT CHECK (origin <> '');
                """),
        // The notification outbox (LINE WORKS rooms and users, e-mail), filled from the record by
        // event id: the cursor says up to which event (no row before the first fill), each message is unique per event,
        // channel and destination, and says whether it was delivered or given up.
        Migration(
            name: "v9: notification outbox",
            sql: """
                CREATE TABLE notification_cursor (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    last_event_id INTEGER NOT NULL CHECK (last_event_id >= 0)
                );
                CREATE TABLE notification_outbox (
                    id INTEGER PRIMARY KEY,
                    event_id INTEGER NOT NULL,
                    item TEXT NOT NULL CHECK (item <> ''),
                    incident_id INTEGER,
                    channel TEXT NOT NULL CHECK (channel IN ('lineworks-room', 'lineworks-user', 'email')),
                    destination TEXT NOT NULL CHECK (destination <> ''),
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL CHECK (body <> ''),
                    created_at TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    delivered_at TEXT,
                    abandoned_at TEXT,
                    last_error TEXT,
                    UNIQUE (event_id, channel, destination),
                    CHECK (delivered_at IS NULL OR abandoned_at IS NULL)
                );
                CREATE INDEX notification_outbox_pending ON notification_outbox(id)
                    WHERE delivered_at IS NULL AND abandoned_at IS NULL;
                """),
    ]

    /// The indexes of the staff table, exactly as the migrations left them. A first import
    /// drops them and builds them again after its inserts: building an index once is about
    /// four times faster than keeping it up to date through a million inserts.
    static let staffIndexes = [
        (name: "staff_current", sql: "CREATE UNIQUE INDEX staff_current ON staff(staff_id) WHERE valid_to IS NULL")
    ]

    /// The staff table's references to revisions in PostgreSQL, as its translated migration
    /// names them. Checked row by row, a million of them cost more than the rows themselves;
    /// added again after a first import, they are checked in one pass.
    static let staffReferences = [
        (name: "staff_valid_from_fkey", sql: "FOREIGN KEY (valid_from) REFERENCES revision(id)"),
        (name: "staff_valid_to_fkey", sql: "FOREIGN KEY (valid_to) REFERENCES revision(id)"),
    ]

    /// Runs `body` (which inserts staff rows) with the staff indexes (and in PostgreSQL its
    /// references) dropped when the staff table is empty, made again afterwards; else simply
    /// runs it. All of it happens inside the caller's transaction, so a failure leaves them as
    /// they were.
    static func withStaffIndexesDeferredWhenEmpty<Value>(_ db: any SQLSession, _ body: () throws -> Value) throws
        -> Value
    {
        guard try isStaffEmpty(db) else { return try body() }
        try dropStaffIndexes(db)
        let value = try body()
        try createStaffIndexes(db)
        return value
    }

    private static func isStaffEmpty(_ db: any SQLSession) throws -> Bool {
        try db.rows("SELECT 1 FROM staff LIMIT 1", []).isEmpty
    }

    private static func dropStaffIndexes(_ db: any SQLSession) throws {
        for index in staffIndexes { try db.execute("DROP INDEX \(index.name)", []) }
        guard db.dialect == .postgres else { return }
        for reference in staffReferences {
            try db.execute("ALTER TABLE staff DROP CONSTRAINT \(reference.name)", [])
        }
    }

    private static func createStaffIndexes(_ db: any SQLSession) throws {
        for index in staffIndexes { try db.execute(index.sql, []) }
        guard db.dialect == .postgres else { return }
        for reference in staffReferences {
            try db.execute("ALTER TABLE staff ADD CONSTRAINT \(reference.name) \(reference.sql)", [])
        }
    }
}

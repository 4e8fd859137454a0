import CounterpartCore

/// The roster, with every import a revision that is never rewritten, and the incidents (as
/// an ``IncidentStorage`` backend), kept in one SQLite file (WAL, foreign keys, a busy
/// timeout, mode 0600) or in a PostgreSQL database shared by several servers. Callers see no
/// SQL, and both hold the same tables and answer the same queries (``SQLSession``).
/// SQLite: one writer connection per process; reads run on a pool of read-only connections
/// beside it; processes take turns through SQLite's locks and the busy timeout.
/// PostgreSQL: writers take turns through one lock of the database, so that what one checked
/// still holds when it writes, whichever server it runs in (see ``PostgresDatabase``).
public final class RosterStore: Sendable {
    /// Where the rows are.
    let backend: Backend

    /// The two places a store can be.
    enum Backend: Sendable {
        case sqlite(SQLiteFile)
        case postgres(PostgresStoreDatabase)
    }

    /// The current roster, read once per revision.
    let rosters = RosterCache()
    /// Whether reads of the storage protocol use the read-only pool (SQLite).
    let readsBesideWrites: Bool
    /// The database file, or the PostgreSQL address without its password.
    public let path: String

    /// A roster file ready to import: what it holds and its fingerprint.
    public struct ImportedFile: Sendable {
        public var path: String
        public var sha256: String
        public var roster: Roster
        public init(path: String, sha256: String, roster: Roster) {
            self.path = path
            self.sha256 = sha256
            self.roster = roster
        }
    }

    /// What an import did (or, on a dry run, would do).
    public struct ImportOutcome: Sendable {
        /// The new revision, or `nil` on a dry run or when nothing changed.
        public var revision: Int?
        public var changes: RosterChanges
        /// The roster after the import.
        public var roster: Roster
    }

    /// Opens the database at `path`; when there is no file there, creates it (mode 0600) if
    /// `mayCreate`, else refuses. A file that is not a Counterpart database, a damaged one, or
    /// one from a newer schema, is refused and never modified; a file that cannot be opened is
    /// refused with the real reason (a folder that cannot be written, a full disk).
    /// With `readsBesideWrites` (a server), reads run on a pool of read-only connections
    /// beside the writer; without (a command that does one thing), on the writer's own
    /// connection, which saves opening more.
    /// - Throws: ``StoreError``: ``StoreError/noDatabase(path:)`` for a missing file that may
    ///   not be created, ``StoreError/notACounterpartDatabase(path:)``,
    ///   ``StoreError/damaged(path:reason:)``, ``StoreError/newerSchema(path:)``,
    ///   ``StoreError/cannotOpen(path:reason:)``.
    public init(path: String, readsBesideWrites: Bool = true, mayCreate: Bool = true) throws(StoreError) {
        self.path = path
        self.readsBesideWrites = readsBesideWrites
        try RosterStore.checkBeforeOpening(path, mayCreate: mayCreate)
        do {
            backend = .sqlite(try SQLiteFile(path: path))
        } catch {
            throw StoreError.opening(path, failedWith: error)
        }
    }

    /// A store over `backend`.
    init(backend: Backend, path: String) {
        self.backend = backend
        self.path = path
        self.readsBesideWrites = true
    }

    /// Whether no roster has been imported yet.
    public func holdsNoRoster() throws(StoreError) -> Bool {
        try reading { db in try RosterRows.nextRevision(db) == 1 }
    }

    /// The roster as it stands, or `nil` before the first import.
    public func currentRoster() throws(StoreError) -> Roster? {
        try reading { db in try RosterRows.load(db, asOf: nil) }
    }

    /// The roster as it was right after revision `number`.
    public func roster(asOf number: Int) throws(StoreError) -> Roster {
        try reading { db in
            guard try db.value("SELECT id FROM revision WHERE id = ?", [number]) as Int? != nil,
                let roster = try RosterRows.load(db, asOf: number)
            else { throw StoreError.unknownRevision(number) }
            return roster
        }
    }

    /// Every revision, oldest first.
    public func revisions() throws(StoreError) -> [Revision] {
        try reading { db in try RosterRows.revisions(db) }
    }

    /// Applies `files` in order (full files replace everything, municipality files their
    /// municipality's members and staff, and set that municipality's effective day) in one
    /// transaction, after checking the result. Each file must already be valid on its own
    /// (as `RosterReader` returns it). A file effective from an earlier day than what it
    /// replaces (see ``RosterMerge/earlier(_:than:)``) is refused unless `allowsEarlier`.
    /// Nothing is written on a dry run, when nothing changes, or on any error. A stored
    /// revision appends one `roster.imported` event to the record, by `user`, from `origin`
    /// (an upload's remote address), marked when `isClockFixed`.
    /// - Throws: ``StoreError/invalidResult(_:merged:)`` with the problems of the resulting
    ///   roster; ``StoreError/earlierEffective(file:found:stored:list:)``.
    public func importRosters(
        _ files: [ImportedFile], user: String, time: String, dryRun: Bool, allowsEarlier: Bool = false,
        origin: String? = nil, isClockFixed: Bool = false
    ) throws(StoreError) -> ImportOutcome {
        let record = ImportRecord(user: user, time: time, origin: origin, isClockFixed: isClockFixed)
        return try Self.reportingStoreErrors {
            try writing { db -> ImportOutcome in
                let current = try RosterRows.load(db, asOf: nil)
                var merged = current
                for file in files {
                    if let stored = merged?.prefecture, stored != file.roster.prefecture {
                        throw StoreError.otherPrefecture(file: file.path, stored: stored, found: file.roster.prefecture)
                    }
                    if !allowsEarlier, let earlier = RosterMerge.earlier(file.roster, than: merged) {
                        throw StoreError.earlierEffective(
                            file: file.path, found: earlier.found, stored: earlier.stored,
                            list: earlier.municipality.map { code in
                                (merged?.municipality(code)?.name).map { "\($0) (\(code))" } ?? code.description
                            })
                    }
                    merged = RosterMerge.applying(file.roster, to: merged)
                }
                guard let result = merged else { throw StoreError.database("nothing to import") }
                // A full file was checked on its own; only a merge can break a rule that spans files.
                let isMerge = files.contains { $0.roster.scope != .full }
                let problems = isMerge ? RosterCheck.problems(in: result) : []
                guard problems.isEmpty else { throw StoreError.invalidResult(problems, merged: result) }
                let changes = RosterChanges.between(current, result)
                guard !dryRun, !changes.isEmpty else {
                    return ImportOutcome(revision: nil, changes: changes, roster: result)
                }
                let revision = try RosterRows.nextRevision(db)
                try RosterRows.write(
                    db, revision: revision, changes: changes, roster: result, files: files, record: record)
                return ImportOutcome(revision: revision, changes: changes, roster: result)
            }
        }
    }

    /// SQLite's integrity check (for a file), then the event record's hash chain: `["ok"]` for a sound
    /// file, else the problems found.
    public func integrityCheck() throws(StoreError) -> [String] {
        try reading { db in
            if db.dialect == .sqlite {
                let sqlite: [String] = try db.column("PRAGMA integrity_check")
                guard sqlite == ["ok"] else { return sqlite }
            }
            let chain = try EventChain.problems(db)
            return chain.isEmpty ? ["ok"] : chain
        }
    }
}

extension RosterStore {
    /// Opens the Counterpart database in PostgreSQL at `address` (`postgres://USER@HOST:PORT/DB`,
    /// several hosts separated by commas), applying the migrations it lacks; an empty
    /// database gets the schema only when `mayCreate`. The password comes from the address or
    /// `password` (`PGPASSWORD`).
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` for an address that is not one or a
    ///   server that cannot be reached, ``StoreError/noDatabase(path:)``,
    ///   ``StoreError/notACounterpartDatabase(path:)``, ``StoreError/newerSchema(path:)``.
    public convenience init(postgres address: String, password: String? = nil, mayCreate: Bool = true)
        throws(StoreError)
    {
        guard let parsed = PostgresAddress(address, environmentPassword: password) else {
            throw .cannotOpen(
                path: "postgres://…", reason: "not a PostgreSQL address (postgres://USER@HOST:PORT/DATABASE)")
        }
        self.init(
            backend: .postgres(try PostgresStoreDatabase(address: parsed, mayCreate: mayCreate)),
            path: parsed.description)
    }
}

import CounterpartCore
import GRDB
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The roster kept in one SQLite file (WAL, foreign keys, a busy timeout, mode 0600), with
/// every import a revision that is never rewritten, and the incidents (as an
/// ``IncidentStorage`` backend). Callers see no SQL. One writer connection per process;
/// reads run on a pool of read-only connections beside it; processes take turns through
/// SQLite's locks and the busy timeout.
public final class RosterStore: Sendable {
    /// The one connection that writes.
    let writer: DatabaseQueue
    /// Read-only connections, opened at the first read: reads never wait for a write. (A
    /// read-only pool, because a writing `DatabasePool` writes to the file whenever it opens
    /// it, and a file must stay byte-identical when a command fails.)
    private let readerPool = Mutex<DatabasePool?>(nil)
    /// The current roster, read once per revision.
    let rosters = RosterCache()
    /// Whether reads of the storage protocol use the read-only pool.
    let readsBesideWrites: Bool
    /// The database file.
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
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.foreignKeysEnabled = true
            // WAL set by hand: GRDB's own WAL set-up writes a table to a file it opens, and a
            // file must stay byte-identical when an import fails.
            configuration.prepareDatabase { db in
                // A 64 MiB page cache keeps the indexes of a large import in memory.
                try db.execute(sql: "PRAGMA cache_size = -65536")
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
                if mode != "wal" { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            writer = try DatabaseQueue(path: path, configuration: configuration)
            // Migrate only when needed: an up-to-date file is then never written by opening it.
            if try !writer.read({ db in try StoreSchema.migrator.hasCompletedMigrations(db) }) {
                try StoreSchema.migrator.migrate(writer)
            }
        } catch {
            throw StoreError.opening(path, failedWith: error)
        }
    }

    /// The read-only pool, opened on first use.
    func readers() throws -> DatabasePool {
        try readerPool.withLock { pool in
            if let pool { return pool }
            var readOnly = Configuration()
            readOnly.readonly = true
            readOnly.busyMode = .timeout(30)
            readOnly.maximumReaderCount = 4
            let opened = try DatabasePool(path: path, configuration: readOnly)
            pool = opened
            return opened
        }
    }

    /// The readers close before the writer: the last connection to close, the writer,
    /// checkpoints the write-ahead log and removes it (a read-only one could not).
    deinit {
        readerPool.withLock { pool in
            try? pool?.close()
            pool = nil
        }
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
            guard try Int.fetchOne(db, sql: "SELECT id FROM revision WHERE id = ?", arguments: [number]) != nil,
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
        do {
            return try writer.write { db -> ImportOutcome in
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
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    /// SQLite's integrity check, then the event record's hash chain: `["ok"]` for a sound
    /// file, else the problems found.
    public func integrityCheck() throws(StoreError) -> [String] {
        try reading { db in
            let sqlite = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            guard sqlite == ["ok"] else { return sqlite }
            let chain = try EventChain.problems(db)
            return chain.isEmpty ? ["ok"] : chain
        }
    }

    /// Runs `body` in a read transaction.
    func reading<Value>(_ body: (Database) throws -> Value) throws(StoreError) -> Value {
        try Self.reportingStoreErrors { try writer.read(body) }
    }

    /// `work`'s result; its own refusals pass through, anything SQLite says becomes ``StoreError/database(_:)``.
    static func reportingStoreErrors<Value>(_ work: () throws -> Value) throws(StoreError) -> Value {
        do {
            return try work()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }
}

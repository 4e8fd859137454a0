import GRDB
import Synchronization

/// One SQLite file (WAL, foreign keys, a busy timeout): one writer connection per process,
/// and read-only connections beside it, opened at the first read that asks for them.
final class SQLiteFile: Sendable {
    /// The one connection that writes.
    let writer: DatabaseQueue
    /// Read-only connections, opened at the first read: reads never wait for a write. (A
    /// read-only pool, because a writing `DatabasePool` writes to the file whenever it opens
    /// it, and a file must stay byte-identical when a command fails.)
    private let readerPool = Mutex<DatabasePool?>(nil)
    /// The file.
    let path: String

    /// Opens the file at `path` (checked before by ``RosterStore/checkBeforeOpening(_:mayCreate:)``)
    /// and brings its schema up to date.
    init(path: String) throws {
        self.path = path
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
}

import GRDB

#if canImport(Glibc)
    import Glibc
#endif

extension RosterStore {
    /// What a backup copied, as checked in the copy.
    public struct BackupOutcome: Hashable, Sendable {
        /// The rows of each table, by table name: the same in the database (as copied) and in the copy.
        public var rowCounts: [String: Int]
    }

    /// A consistent copy of the database at `destination`, taken while others may use it,
    /// checked and then put in place: written to a private temporary file beside the
    /// destination (mode 0600: the roster holds phone numbers), checked (SQLite's integrity
    /// check, and the same number of rows in every table as the database had when it was
    /// copied), then moved to `destination` in one step. An existing `destination` is
    /// replaced only when `replacing`; the database itself never.
    /// - Throws: ``StoreError/backupTargetExists(path:)``, ``StoreError/backupOntoItself(path:)``,
    ///   ``StoreError/backupNotVerified(path:reason:)``, ``StoreError/cannotOpen(path:reason:)``
    ///   for a destination that cannot be written; nothing is left behind then.
    public func backUp(to destination: String, replacing: Bool = false) throws(StoreError) -> BackupOutcome {
        guard case .sqlite(let file) = backend else { throw .notAFile(path: path) }
        try Self.checkBackupDestination(destination, source: path, replacing: replacing)
        let folder = destination.contains("/") ? String(destination[..<destination.lastIndex(of: "/")!]) : "."
        var template = Array(((folder.isEmpty ? "" : folder) + "/.counterpart-backup-XXXXXX").utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: destination, reason: Self.sentence(errno: errno))
        }
        close(descriptor)
        let temporary = String(cString: template)
        var isPlaced = false
        defer {
            for suffix in ["-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
            if !isPlaced { unlink(temporary) }
        }
        let copied = try copy(file, to: temporary, destination: destination)
        try Self.place(temporary, at: destination, replacing: replacing)
        isPlaced = true
        return copied
    }

    /// Copies the database into the file at `temporary` and checks the copy.
    private func copy(_ file: SQLiteFile, to temporary: String, destination: String) throws(StoreError) -> BackupOutcome
    {
        do {
            let copy = try DatabaseQueue(path: temporary)
            // The copy and the counts come from one snapshot of the database.
            let counts = try file.writer.read { source in
                try copy.writeWithoutTransaction { target in try source.backup(to: target) }
                return try Self.rowCounts(source)
            }
            let (integrity, copiedCounts) = try copy.read { db in
                (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Self.rowCounts(db))
            }
            try copy.close()
            guard integrity == ["ok"] else {
                throw StoreError.backupNotVerified(
                    path: destination, reason: "integrity check: " + integrity.prefix(3).joined(separator: "; "))
            }
            guard copiedCounts == counts else {
                let differing = Set(counts.keys).union(copiedCounts.keys).sorted().filter {
                    counts[$0] != copiedCounts[$0]
                }
                throw StoreError.backupNotVerified(
                    path: destination,
                    reason: "rows differ in " + differing.joined(separator: ", "))
            }
            return BackupOutcome(rowCounts: counts)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: destination, reason: StoreError.opening(destination, failedWith: error).reason)
        }
    }

    /// The number of rows of every table of `db`.
    static func rowCounts(_ db: Database) throws -> [String: Int] {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
        }
        return counts
    }

    /// Refuses a destination that exists (unless `replacing`), that is the database itself,
    /// or that is not a regular file.
    private static func checkBackupDestination(_ destination: String, source: String, replacing: Bool)
        throws(StoreError)
    {
        var target = stat()
        guard lstat(destination, &target) == 0 else { return }
        var database = stat()
        if stat(source, &database) == 0, stat(destination, &target) == 0, database.st_dev == target.st_dev,
            database.st_ino == target.st_ino
        {
            throw .backupOntoItself(path: destination)
        }
        guard replacing else { throw .backupTargetExists(path: destination) }
        guard target.st_mode & S_IFMT == S_IFREG else {
            throw .cannotOpen(path: destination, reason: "it is not a regular file; a backup replaces only a file")
        }
    }

    /// Moves the checked copy at `temporary` to `destination`: replacing what is there when
    /// `replacing`, else only if nothing is there (a file that appeared meanwhile is kept).
    private static func place(_ temporary: String, at destination: String, replacing: Bool) throws(StoreError) {
        guard chmod(temporary, 0o600) == 0 else {
            throw .cannotOpen(path: destination, reason: sentence(errno: errno))
        }
        if replacing {
            guard rename(temporary, destination) == 0 else {
                throw .cannotOpen(path: destination, reason: sentence(errno: errno))
            }
            return
        }
        // A hard link fails when the name exists, where a rename would replace it.
        guard link(temporary, destination) == 0 else {
            let failure = errno
            if failure == EEXIST { throw .backupTargetExists(path: destination) }
            // A file system without hard links: look, then rename.
            guard [EPERM, ENOTSUP, ENOSYS, EMLINK].contains(failure), access(destination, F_OK) != 0 else {
                throw .cannotOpen(path: destination, reason: sentence(errno: failure))
            }
            guard rename(temporary, destination) == 0 else {
                throw .cannotOpen(path: destination, reason: sentence(errno: errno))
            }
            return
        }
        unlink(temporary)
    }
}

extension StoreError {
    /// The reason a ``cannotOpen(path:reason:)`` gives, or the whole sentence for the others.
    var reason: String {
        if case .cannotOpen(_, let reason) = self { return reason }
        return description
    }
}

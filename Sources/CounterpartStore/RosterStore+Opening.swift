import GRDB

#if canImport(Glibc)
    import Glibc
#endif

extension RosterStore {
    /// Refuses, before SQLite touches it, a path that is not a Counterpart database: no file
    /// (unless `mayCreate`, which creates an empty one, mode 0600), something other than a
    /// regular file, a file that is not SQLite or is another application's, a damaged file,
    /// or one written by a newer Counterpart. Nothing is written to a file it refuses.
    static func checkBeforeOpening(_ path: String, mayCreate: Bool) throws(StoreError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let failure = errno
            guard failure == ENOENT else { throw .cannotOpen(path: path, reason: Self.sentence(errno: failure)) }
            guard mayCreate else { throw .noDatabase(path: path) }
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: Self.sentence(errno: errno)) }
            close(descriptor)
            return
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .cannotOpen(path: path, reason: "it is not a regular file")
        }
        guard status.st_size > 0 else { return }
        var header = [UInt8](repeating: 0, count: 16)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: Self.sentence(errno: errno)) }
        let count = Glibc.read(descriptor, &header, 16)
        close(descriptor)
        guard count == 16, header == Array("SQLite format 3\u{0}".utf8) else {
            throw .notACounterpartDatabase(path: path)
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            // Another process may be closing its last connection (checkpointing the WAL under
            // an exclusive lock) right now: wait for it, as every other access does.
            configuration.busyMode = .timeout(30)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                guard tables.isEmpty || tables.contains("counterpart_store") else {
                    throw StoreError.notACounterpartDatabase(path: path)
                }
                if try StoreSchema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
            }
        } catch {
            throw StoreError.opening(path, failedWith: error)
        }
    }

    /// The system's sentence for an `errno` value.
    static func sentence(errno value: Int32) -> String { String(cString: strerror(value)) }
}

extension StoreError {
    /// Why the SQLite file at `path` (which starts as SQLite files do) could not be opened,
    /// in words that name the real cause: a damaged file, a full disk, a folder or file that
    /// cannot be written. Only a file that really is none is "not a Counterpart database".
    static func opening(_ path: String, failedWith error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .cannotOpen(path: path, reason: "\(error)") }
        let message = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged(path: path, reason: message)
        case .SQLITE_FULL: return .cannotOpen(path: path, reason: "the disk is full")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .cannotOpen(path: path, reason: "another process keeps the database locked; try again")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: accessProblem(path) ?? message)
        default: return .cannotOpen(path: path, reason: message)
        }
    }

    /// What keeps the file at `path` from being read and written, if the system says so.
    static func accessProblem(_ path: String) -> String? {
        if access(path, R_OK) != 0 { return "the file cannot be read (\(RosterStore.sentence(errno: errno)))" }
        if access(path, W_OK) != 0 { return "the file cannot be written (\(RosterStore.sentence(errno: errno)))" }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        if access(folder.isEmpty ? "/" : folder, W_OK) != 0 {
            return
                "the folder \(folder.isEmpty ? "/" : folder) cannot be written (\(RosterStore.sentence(errno: errno))); "
                + "SQLite keeps its write-ahead log (-wal, -shm) beside the database"
        }
        return nil
    }
}

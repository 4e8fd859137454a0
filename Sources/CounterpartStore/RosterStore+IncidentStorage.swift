import CounterpartStorage
import GRDB

/// The store as a backend of incident operations. SQLite: reads on the pool's readers beside
/// a write, writes on the one writer connection, SQLite's errors in the protocol's terms.
/// PostgreSQL: each transaction on a connection of the pool, run on a thread of its own.
extension RosterStore: IncidentStorage {
    public func read<Value: Sendable>(_ body: @Sendable (any StorageReading) throws -> Value) async throws -> Value {
        let rosters = self.rosters
        switch backend {
        case .sqlite(let file):
            return try await Self.translatingErrors {
                let reader: any DatabaseReader = readsBesideWrites ? try file.readers() : file.writer
                return try await reader.read { db in
                    try body(SQLIncidentRows(db: GRDBSession(db: db), rosters: rosters))
                }
            }
        case .postgres(let database):
            return try await database.transactionOffThread(writing: false) { session in
                try body(SQLIncidentRows(db: session, rosters: rosters))
            }
        }
    }

    public func write<Value: Sendable>(_ body: @Sendable (any StorageWriting) throws -> Value) async throws -> Value {
        let rosters = self.rosters
        switch backend {
        case .sqlite(let file):
            return try await Self.translatingErrors {
                try await file.writer.write { db in
                    try body(SQLIncidentRows(db: GRDBSession(db: db), rosters: rosters))
                }
            }
        case .postgres(let database):
            return try await database.transactionOffThread(writing: true) { session in
                try body(SQLIncidentRows(db: session, rosters: rosters))
            }
        }
    }

    /// `work`'s result; SQLite's errors become ``StorageError``s, the body's own pass through.
    static func translatingErrors<Value>(_ work: () async throws -> Value) async throws -> Value {
        do {
            return try await work()
        } catch let error as DatabaseError {
            throw storageError(error)
        } catch is RowDecodingError {
            throw StorageError.corrupt("a stored value does not have the type of its column")
        }
    }

    static func storageError(_ error: DatabaseError) -> StorageError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .unavailable("the database is busy; try again")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt("the database file is damaged")
        case .SQLITE_FULL: return .unavailable("the disk is full")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .unavailable("the database cannot be written")
        case .SQLITE_CONSTRAINT:
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                return .conflict("another change got there first")
            default: return .refused(error.message ?? "a stored rule refused the change")
            }
        default: return .unavailable(error.message ?? "the database answered with an error")
        }
    }
}

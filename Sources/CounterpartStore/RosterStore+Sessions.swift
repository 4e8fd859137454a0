import CounterpartStorage
import GRDB

/// Transactions on whichever database the store is in, with the shared queries' view of it.
extension RosterStore {
    /// Runs `body` in a read transaction (on the writer's connection in SQLite: a command
    /// that reads and then writes sees its own writes).
    func reading<Value>(_ body: (any SQLSession) throws -> Value) throws(StoreError) -> Value {
        try Self.reportingStoreErrors {
            switch backend {
            case .sqlite(let file): try file.writer.read { db in try body(GRDBSession(db: db)) }
            case .postgres(let database): try database.transaction(writing: false, body)
            }
        }
    }

    /// Runs `body` in one write transaction: all of it is kept, or nothing when it throws.
    func writing<Value>(_ body: (any SQLSession) throws -> Value) throws -> Value {
        switch backend {
        case .sqlite(let file): try file.writer.write { db in try body(GRDBSession(db: db)) }
        case .postgres(let database): try database.transaction(writing: true, body)
        }
    }

    /// `work`'s result; its own refusals pass through, anything the database says becomes
    /// ``StoreError/database(_:)``.
    static func reportingStoreErrors<Value>(_ work: () throws -> Value) throws(StoreError) -> Value {
        do {
            return try work()
        } catch {
            throw storeError(error)
        }
    }

    /// `error` as the store reports it: its own refusals as they are, the database's words as
    /// ``StoreError/database(_:)``.
    static func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as StorageError: .database(error.sentence)
        default: .database("\(error)")
        }
    }
}

extension StorageError {
    /// The sentence the error carries.
    var sentence: String {
        switch self {
        case .unavailable(let text), .conflict(let text), .refused(let text), .corrupt(let text): text
        }
    }
}

extension RosterStore {
    /// The SQLite file, when the store is one.
    var sqliteFile: SQLiteFile? {
        if case .sqlite(let file) = backend { return file }
        return nil
    }
}

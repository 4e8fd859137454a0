import CounterpartCore

/// One row of a result, read by column position.
protocol SQLRow {
    /// The value of column `index` (0-based).
    func value(at index: Int) throws -> SQLValue
}

extension SQLRow {
    /// Column `index` as `Value`.
    /// - Throws: ``CounterpartStorage/StorageError/corrupt(_:)`` when it holds another type.
    func decode<Value: SQLColumnValue>(atIndex index: Int) throws -> Value {
        try Value(sqlValue: value(at: index))
    }

    func decode<Value: SQLColumnValue>(_ type: Value.Type, atIndex index: Int) throws -> Value {
        try Value(sqlValue: value(at: index))
    }
}

/// A row already read into values.
struct SQLValueRow: SQLRow {
    var values: [SQLValue]

    func value(at index: Int) throws -> SQLValue {
        guard values.indices.contains(index) else { throw SQLValue.mismatch }
        return values[index]
    }
}

/// One connection inside one transaction, as the shared queries of the store see it: the
/// SQL both SQLite and PostgreSQL understand, with `?` for arguments. Every query of the
/// store is written once, over this; a backend only runs it.
protocol SQLSession {
    /// Every row `sql` returns.
    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [any SQLRow]
    /// Calls `body` with each row `sql` returns, without keeping them: a million staff rows.
    func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (any SQLRow) throws -> Void) throws
    /// Runs a statement that returns no rows; how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int
    /// Runs several statements without arguments (a migration).
    func executeScript(_ sql: String) throws
    /// Runs an `INSERT` into a table whose key is `id` and returns the new row's id.
    func insertReturningID(_ sql: String, _ arguments: SQLArguments) throws -> Int
    /// A writer of many `staff` rows in this transaction (a first import: a million rows).
    func staffWriter(revision: Int) throws -> any StaffRowSink
    /// A writer of many rows of `table` in this transaction (copying a whole store).
    func rowWriter(table: String, columns: [String]) throws -> any RowSink
    /// The columns of `table`, in their order.
    func columns(of table: String) throws -> [String]
    /// Which backend this is, for the few statements that differ.
    var dialect: SQLDialect { get }
}

/// The database behind a session.
enum SQLDialect: Sendable {
    case sqlite
    case postgres
}

/// Takes many staff rows and stores them, as fast as the backend can (prepared statements in
/// SQLite, `COPY` in PostgreSQL). Rows are stored at ``finish()`` at the latest.
protocol StaffRowSink {
    /// Stores `person` as current since the writer's revision.
    mutating func insert(_ person: StaffPerson) throws
    /// Stores what is still buffered; nothing may be inserted after.
    mutating func finish() throws
}

/// Takes many rows of one table and stores them, as fast as the backend can. Rows are
/// stored at ``finish()`` at the latest.
protocol RowSink {
    /// Stores one row, its values in the order of the writer's columns.
    mutating func insert(_ values: [SQLValue]) throws
    /// Stores what is still buffered; nothing may be inserted after.
    mutating func finish() throws
}

extension SQLSession {
    /// The first column of the first row as `Value`, or `nil` when there is no row or it is NULL.
    func value<Value: SQLColumnValue>(_ sql: String, _ arguments: SQLArguments = []) throws -> Value? {
        guard let row = try rows(sql, arguments).first else { return nil }
        let value = try row.value(at: 0)
        if case .null = value { return nil }
        return try Value(sqlValue: value)
    }

    /// The first column of every row as `Value`.
    func column<Value: SQLColumnValue>(_ sql: String, _ arguments: SQLArguments = []) throws -> [Value] {
        try rows(sql, arguments).map { try $0.decode(atIndex: 0) }
    }
}

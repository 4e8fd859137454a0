import CounterpartCore
import GRDB

/// A SQLite connection inside a GRDB transaction, as the shared queries see it. Statements
/// are prepared once per connection and reused.
struct GRDBSession: SQLSession {
    let db: Database

    var dialect: SQLDialect { .sqlite }

    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [any SQLRow] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.bound(arguments)).map(GRDBRow.init)
    }

    func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (any SQLRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: Self.bound(arguments))
        while let row = try cursor.next() { try body(GRDBRow(row: row)) }
    }

    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.bound(arguments))
        return db.changesCount
    }

    func executeScript(_ sql: String) throws {
        try db.execute(sql: sql)
    }

    func insertReturningID(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.bound(arguments))
        return Int(db.lastInsertedRowID)
    }

    func staffWriter(revision: Int) throws -> any StaffRowSink {
        try StaffRowWriter(db, revision: revision)
    }

    func rowWriter(table: String, columns: [String]) throws -> any RowSink {
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return GRDBRowWriter(
            statement: try db.makeStatement(
                sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))"))
    }

    func columns(of table: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
    }

    /// GRDB's arguments for `arguments`.
    static func bound(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(arguments.sqlValues.map(\.databaseValue))
    }
}

/// A row of a GRDB cursor or result, read in place.
struct GRDBRow: SQLRow {
    let row: Row

    func value(at index: Int) throws -> SQLValue {
        guard index < row.count else { throw SQLValue.mismatch }
        switch (row[index] as DatabaseValue).storage {
        case .null: return .null
        case .int64(let value): return .integer(Int(value))
        case .double(let value): return .real(value)
        case .string(let value): return .text(value)
        case .blob: throw SQLValue.mismatch
        }
    }
}

extension SQLValue {
    /// The value as GRDB binds it.
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        }
    }
}

/// Inserts rows with one prepared statement.
struct GRDBRowWriter: RowSink {
    let statement: Statement

    mutating func insert(_ values: [SQLValue]) throws {
        try statement.execute(arguments: StatementArguments(values.map(\.databaseValue)))
    }

    mutating func finish() throws {}
}

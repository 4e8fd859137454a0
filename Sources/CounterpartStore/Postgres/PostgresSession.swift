import CounterpartCore
import CounterpartStorage
import Logging
import NIOCore
import PostgresNIO

/// A PostgreSQL connection inside one transaction, as the shared queries see it. Every call
/// waits for its answer: the storage protocol's transactions are synchronous, and run on a
/// thread of their own (never one of Swift's cooperative pool nor an event loop).
final class PostgresSession: SQLSession {
    let connection: PostgresConnection
    private var cursors = 0
    /// Whether the connection failed (lost, or an answer that never came): nothing more may
    /// be sent on it, not even a rollback.
    private(set) var isBroken = false

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    var dialect: SQLDialect { .postgres }

    func rows(_ sql: String, _ arguments: SQLArguments) throws -> [any SQLRow] {
        try run(sql, arguments).rows.map(Self.values(of:))
    }

    /// Reads through a cursor, ten thousand rows at a time: a million staff rows are never
    /// all in memory at once.
    func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (any SQLRow) throws -> Void) throws {
        cursors += 1
        let cursor = "counterpart_rows_\(cursors)"
        _ = try run("DECLARE \(cursor) NO SCROLL CURSOR FOR \(sql)", arguments)
        while true {
            let batch = try run("FETCH FORWARD 10000 FROM \(cursor)", [])
            if batch.rows.isEmpty { break }
            for row in batch.rows { try body(try Self.values(of: row)) }
        }
        _ = try run("CLOSE \(cursor)", [])
    }

    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    func executeScript(_ sql: String) throws {
        for statement in Self.statements(of: sql) { _ = try run(statement, []) }
    }

    func insertReturningID(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        guard let row = try run(sql + " RETURNING id", arguments).rows.first else {
            throw StorageError.unavailable("PostgreSQL returned no id for a new row")
        }
        return try Self.values(of: row).decode(atIndex: 0)
    }

    func staffWriter(revision: Int) throws -> any StaffRowSink {
        PostgresStaffCopy(connection: connection, revision: revision)
    }

    func rowWriter(table: String, columns: [String]) throws -> any RowSink {
        PostgresCopy(connection: connection, table: table, columns: columns)
    }

    func columns(of table: String) throws -> [String] {
        try column(
            """
            SELECT column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
            """, [table])
    }

    /// Runs one statement with its `?`s numbered as PostgreSQL wants them.
    /// Never sent on a closed connection, and never waited for longer than ``longestWait``:
    /// postgres-nio may leave a query on a connection that just broke unanswered for ever.
    /// (The transaction then drops the connection, see ``isBroken``.)
    private func run(_ sql: String, _ arguments: SQLArguments) throws -> PostgresQueryResult {
        guard !connection.isClosed else {
            isBroken = true
            throw PostgresError.connectionClosed
        }
        let answer = connection.query(Self.numbered(sql), arguments.sqlValues.map(\.postgresData))
        let bounded = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
        answer.cascade(to: bounded)
        let deadline = connection.eventLoop.scheduleTask(in: Self.longestWait) {
            bounded.fail(PostgresError.connectionClosed)
        }
        defer { deadline.cancel() }
        do {
            return try bounded.futureResult.wait()
        } catch {
            if case .server = error as? PostgresError {} else { isBroken = true }
            throw error
        }
    }

    /// How long one statement may take, waiting for the writer lock included (another server's
    /// import of a large roster holds it for a while).
    static let longestWait: TimeAmount = .seconds(300)

    /// `sql` with each `?` outside quotes replaced by `$1`, `$2`, …
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var isQuoted = false
        for character in sql {
            if character == "'" { isQuoted.toggle() }
            if character == "?" && !isQuoted {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The statements of a script, split at each `;` outside quotes and `$$` bodies
    /// (postgres-nio sends every query as one prepared statement).
    static func statements(of script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var isQuoted = false
        var isInBody = false
        var previous: Character = " "
        for character in script {
            if character == "'" && !isInBody { isQuoted.toggle() }
            if character == "$" && previous == "$" && !isQuoted { isInBody.toggle() }
            if character == ";" && !isQuoted && !isInBody {
                statements.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        statements.append(current)
        return statements.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// A row's values by the type of each column.
    static func values(of row: PostgresRow) throws -> SQLValueRow {
        var values: [SQLValue] = []
        values.reserveCapacity(row.count)
        for cell in row {
            guard cell.bytes != nil else {
                values.append(.null)
                continue
            }
            switch cell.dataType {
            case .int2, .int4, .int8: values.append(.integer(try cell.decode(Int.self)))
            case .float4, .float8: values.append(.real(try cell.decode(Double.self)))
            case .bool: values.append(.integer(try cell.decode(Bool.self) ? 1 : 0))
            case .text, .varchar, .name, .bpchar: values.append(.text(try cell.decode(String.self)))
            default:
                throw StorageError.corrupt("a column of type \(cell.dataType) cannot be read")
            }
        }
        return SQLValueRow(values: values)
    }
}

extension SQLValue {
    /// The value as postgres-nio binds it.
    var postgresData: PostgresData {
        switch self {
        case .null: .null
        case .integer(let value): PostgresData(int: value)
        case .real(let value): PostgresData(double: value)
        case .text(let value): PostgresData(string: value)
        }
    }
}

import GRDB
import GRDBSQLite

/// A value bound to one column of a row being inserted.
enum BoundValue {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    /// Text, or NULL for `nil`.
    static func text(_ value: String?) -> BoundValue { value.map { .text($0) } ?? .null }
    /// An integer, or NULL for `nil`.
    static func integer(_ value: Int?) -> BoundValue { value.map { .integer($0) } ?? .null }
}

/// One prepared INSERT run many times, binding values straight into SQLite: at a million
/// rows the cost of building GRDB's argument arrays for every row is what counts.
struct RowInserter {
    private let statement: Statement
    private let connection: OpaquePointer?

    /// SQLite's SQLITE_TRANSIENT: copy the bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// Inserts one row.
    /// - Throws: ``StoreError/database(_:)`` with SQLite's message.
    func insert(_ values: [BoundValue]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text):
                var text = text
                text.withUTF8 { bytes in
                    _ = bytes.withMemoryRebound(to: CChar.self) {
                        sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), RowInserter.transient)
                    }
                }
            case .integer(let number): sqlite3_bind_int64(handle, index, Int64(number))
            case .real(let number): sqlite3_bind_double(handle, index, number)
            case .null: sqlite3_bind_null(handle, index)
            }
        }
        guard sqlite3_step(handle) == SQLITE_DONE else {
            throw StoreError.database(String(cString: sqlite3_errmsg(connection)))
        }
    }
}

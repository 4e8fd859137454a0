import CounterpartCore
import GRDB
import GRDBSQLite

/// Inserts rows of the `staff` table, a million of them on a first import: each row's
/// text is written into one reusable buffer and bound in place, with no string built per
/// row. The texts are exactly those ``RosterRows`` reads back: skills and availability
/// as space-separated tokens (`shelter general`, `2026-04-01..2026-09-30`).
struct StaffRowWriter: StaffRowSink {
    private let statement: Statement
    private let connection: OpaquePointer?
    private var text: [UInt8] = []
    private let revision: Int

    static let sql =
        "INSERT INTO staff (staff_id, municipality, name, skills, availability, valid_from) VALUES (?, ?, ?, ?, ?, ?)"

    init(_ db: Database, revision: Int) throws {
        self.revision = revision
        statement = try db.makeStatement(sql: StaffRowWriter.sql)
        connection = db.sqliteConnection
        text.reserveCapacity(1024)
    }

    /// Inserts `person` as current since the writer's revision.
    /// - Throws: ``StoreError/database(_:)`` with SQLite's message.
    mutating func insert(_ person: StaffPerson) throws {
        text.removeAll(keepingCapacity: true)
        var ends: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
        text.append(contentsOf: person.id.rawValue.utf8)
        ends.0 = text.count
        RowText.append(person.municipality, to: &text)
        ends.1 = text.count
        text.append(contentsOf: person.name.utf8)
        ends.2 = text.count
        RowText.append(person.skills, to: &text)
        ends.3 = text.count
        RowText.append(person.availability, to: &text)
        ends.4 = text.count
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        let status = text.withUnsafeBufferPointer { buffer -> Int32 in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            // SQLITE_STATIC (nil): the buffer outlives the step below.
            func bind(_ column: Int32, _ start: Int, _ end: Int) {
                sqlite3_bind_text(handle, column, base + start, Int32(end - start), nil)
            }
            bind(1, 0, ends.0)
            bind(2, ends.0, ends.1)
            bind(3, ends.1, ends.2)
            bind(4, ends.2, ends.3)
            bind(5, ends.3, ends.4)
            sqlite3_bind_int64(handle, 6, Int64(revision))
            return sqlite3_step(handle)
        }
        guard status == SQLITE_DONE else {
            throw StoreError.database(String(cString: sqlite3_errmsg(connection)))
        }
    }

    /// Every row is stored as it is inserted.
    mutating func finish() throws {}
}

import CounterpartStorage

extension RosterStore {
    /// What a copy did, as checked in the target.
    public struct CopyOutcome: Hashable, Sendable {
        /// The rows of each table, by table name: the same in both stores.
        public var rowCounts: [String: Int]
    }

    /// Every table of a store, parents before the rows that refer to them. The bookkeeping
    /// tables (`counterpart_store`, the list of migrations) each store has of its own.
    static let copiedTables = [
        "revision", "revision_file", "municipality", "counterpart_group", "pairing", "member", "staff",
        "municipality_effective", "incident", "incident_affected", "request", "plan_version", "plan_shortfall",
        "assignment", "notice", "acknowledgement", "event", "unavailability", "account", "invitation",
        "access_token", "session", "notification_cursor", "notification_outbox",
    ]

    /// The tables whose order of making is SQLite's hidden `rowid` (a column in PostgreSQL).
    static let tablesOrderedByRowID: Set<String> = ["acknowledgement", "session"]

    /// Copies this whole store (roster history, incidents, the record, accounts, the outbox)
    /// into `target`, which must hold nothing yet, in one transaction of each, and checks
    /// before committing that both hold the same rows (each table's rows, in the order of
    /// all their columns, hashed the same). Nothing is kept in `target` when anything fails.
    /// - Throws: ``StoreError/targetNotEmpty(path:)``, ``StoreError/copyNotVerified(path:reason:)``,
    ///   ``StoreError/database(_:)``.
    public func copy(to target: RosterStore) throws(StoreError) -> CopyOutcome {
        do {
            return try reading { source in
                let counts = try target.writing { destination -> [String: Int] in
                    for table in ["revision", "event", "account", "incident"] {
                        guard try destination.rows("SELECT 1 FROM \(table) LIMIT 1", []).isEmpty else {
                            throw StoreError.targetNotEmpty(path: target.path)
                        }
                    }
                    var counts: [String: Int] = [:]
                    for table in Self.copiedTables {
                        counts[table] = try Self.copyRows(of: table, from: source, to: destination)
                    }
                    if destination.dialect == .postgres {
                        for (table, column) in PostgresSchema.numberedColumns {
                            _ = try destination.rows(
                                """
                                SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'),
                                    coalesce((SELECT max(\(column)) FROM \(table)), 0) + 1, false)
                                """, [])
                        }
                    }
                    // Checked before the copy is committed: a copy that differs is not kept.
                    for table in Self.copiedTables {
                        guard try Self.digest(of: table, in: source) == Self.digest(of: table, in: destination)
                        else {
                            throw StoreError.copyNotVerified(path: target.path, reason: "table \(table) differs")
                        }
                    }
                    return counts
                }
                return CopyOutcome(rowCounts: counts)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(error.localizedDescription)
        }
    }

    /// The columns both stores have for `table`, SQLite's hidden `rowid` included where it
    /// orders rows.
    private static func copiedColumns(of table: String, in session: any SQLSession) throws -> [String] {
        var columns = try session.columns(of: table).filter { $0 != "rowid" }
        if tablesOrderedByRowID.contains(table) { columns.append("rowid") }
        return columns
    }

    private static func copyRows(of table: String, from source: any SQLSession, to target: any SQLSession) throws
        -> Int
    {
        let columns = try copiedColumns(of: table, in: source)
        var writer = try target.rowWriter(table: table, columns: columns)
        var count = 0
        try source.forEachRow("SELECT \(columns.joined(separator: ", ")) FROM \(table)", []) { row in
            try writer.insert((0..<columns.count).map { try row.value(at: $0) })
            count += 1
        }
        try writer.finish()
        return count
    }

    /// The SHA-256 of every row of `table`, in the order of all its columns.
    static func digest(of table: String, in session: any SQLSession) throws -> String {
        let columns = try copiedColumns(of: table, in: session).sorted()
        let order = (1...columns.count).map(String.init).joined(separator: ", ")
        var digest = SHA256()
        try session.forEachRow("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order)", []) {
            row in
            var line: [UInt8] = []
            for index in 0..<columns.count {
                switch try row.value(at: index) {
                case .null: line += [0]
                case .integer(let number): line += [1] + Array(String(number).utf8)
                case .real(let number): line += [2] + Array("\(number)".utf8)
                case .text(let text): line += [3] + Array(text.utf8)
                }
                line.append(0x1F)
            }
            line.append(0x1E)
            digest.update(line)
        }
        return digest.hexDigest()
    }
}

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
        try Self.reportingStoreErrors {
            try reading { source in
                let counts = try target.writing { destination -> [String: Int] in
                    for table in ["revision", "event", "account", "incident"] {
                        guard try destination.rows("SELECT 1 FROM \(table) LIMIT 1", []).isEmpty else {
                            throw StoreError.targetNotEmpty(path: target.path)
                        }
                    }
                    var counts: [String: Int] = [:]
                    for table in Self.copiedTables {
                        let copied = try Self.copyRows(of: table, from: source, to: destination)
                        // Checked before the copy is committed: a copy that differs is not kept.
                        guard try Self.digest(of: table, in: destination) == copied.digest else {
                            throw StoreError.copyNotVerified(path: target.path, reason: "table \(table) differs")
                        }
                        counts[table] = copied.count
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
                    return counts
                }
                return CopyOutcome(rowCounts: counts)
            }
        }
    }

    /// The columns both stores have for `table`, SQLite's hidden `rowid` included where it
    /// orders rows, in name order.
    private static func copiedColumns(of table: String, in session: any SQLSession) throws -> [String] {
        var columns = try session.columns(of: table).filter { $0 != "rowid" }
        if tablesOrderedByRowID.contains(table) { columns.append("rowid") }
        return columns.sorted()
    }

    /// Copies every row of `table`, read once, in the order ``digest(of:in:)`` hashes them;
    /// how many, and their digest.
    private static func copyRows(of table: String, from source: any SQLSession, to target: any SQLSession) throws
        -> (count: Int, digest: String)
    {
        let columns = try copiedColumns(of: table, in: source)
        var writer = try target.rowWriter(table: table, columns: columns)
        var digest = SHA256()
        var count = 0
        try source.forEachRow(orderedSelect(of: table, columns: columns), []) { row in
            let values = try (0..<columns.count).map { try row.value(at: $0) }
            digest.update(line(values))
            try writer.insert(values)
            count += 1
        }
        try writer.finish()
        return (count, digest.hexDigest())
    }

    /// The SHA-256 of every row of `table`, in the order of all its columns.
    static func digest(of table: String, in session: any SQLSession) throws -> String {
        let columns = try copiedColumns(of: table, in: session)
        var digest = SHA256()
        try session.forEachRow(orderedSelect(of: table, columns: columns), []) { row in
            digest.update(line(try (0..<columns.count).map { try row.value(at: $0) }))
        }
        return digest.hexDigest()
    }

    /// Every row of `table`, ordered by all `columns` the same way in SQLite and PostgreSQL
    /// (NULL first: PostgreSQL would put it last).
    private static func orderedSelect(of table: String, columns: [String]) -> String {
        let order = (1...columns.count).map { "\($0) NULLS FIRST" }.joined(separator: ", ")
        return "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order)"
    }

    /// The bytes a row is hashed as: each value marked with its type.
    private static func line(_ values: [SQLValue]) -> [UInt8] {
        var line: [UInt8] = []
        for value in values {
            switch value {
            case .null: line += [0]
            case .integer(let number): line += [1] + Array(String(number).utf8)
            case .real(let number): line += [2] + Array("\(number)".utf8)
            case .text(let text): line += [3] + Array(text.utf8)
            }
            line.append(0x1F)
        }
        line.append(0x1E)
        return line
    }
}

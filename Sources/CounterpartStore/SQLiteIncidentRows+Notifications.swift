import CounterpartStorage
import GRDB

/// The notification outbox in SQLite (migration v9).
extension SQLiteIncidentRows {
    func notificationCursor() throws -> Int? {
        try Int.fetchOne(db, sql: "SELECT last_event_id FROM notification_cursor WHERE singleton = 1")
    }

    func pendingNotifications(channels: [String], limit: Int) throws -> [NotificationRow] {
        guard !channels.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: channels.count).joined(separator: ", ")
        return try notificationRows(
            "WHERE delivered_at IS NULL AND abandoned_at IS NULL AND channel IN (\(marks)) ORDER BY id LIMIT ?",
            StatementArguments(channels) + [max(0, limit)])
    }

    func notifications(after id: Int, limit: Int) throws -> [NotificationRow] {
        try notificationRows("WHERE id > ? ORDER BY id LIMIT ?", [id, max(0, limit)])
    }

    private func notificationRows(_ filter: String, _ arguments: StatementArguments) throws -> [NotificationRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, event_id, item, incident_id, channel, destination, subject, body, created_at, attempts,
                       delivered_at, abandoned_at, last_error
                FROM notification_outbox \(filter)
                """,
            arguments: arguments
        ).map { row in
            NotificationRow(
                id: try row.decode(atIndex: 0), event: try row.decode(atIndex: 1), item: try row.decode(atIndex: 2),
                incident: try row.decode(atIndex: 3), channel: try row.decode(atIndex: 4),
                destination: try row.decode(atIndex: 5), subject: try row.decode(atIndex: 6),
                body: try row.decode(atIndex: 7), createdAt: try row.decode(atIndex: 8),
                attempts: try row.decode(atIndex: 9), deliveredAt: try row.decode(atIndex: 10),
                abandonedAt: try row.decode(atIndex: 11), lastError: try row.decode(atIndex: 12))
        }
    }

    func insertNotifications(_ rows: [NotificationRow]) throws -> Int {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO notification_outbox (event_id, item, incident_id, channel, destination, subject, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, channel, destination) DO NOTHING
                """)
        var inserted = 0
        for row in rows {
            try statement.execute(arguments: [
                row.event, row.item, row.incident, row.channel, row.destination, row.subject, row.body, row.createdAt,
            ])
            inserted += db.changesCount
        }
        return inserted
    }

    func setNotificationCursor(_ id: Int) throws {
        try db.execute(
            sql: """
                INSERT INTO notification_cursor (singleton, last_event_id) VALUES (1, ?)
                ON CONFLICT (singleton) DO UPDATE SET last_event_id = max(last_event_id, excluded.last_event_id)
                """,
            arguments: [id])
    }

    func markNotificationDelivered(_ id: Int, at: String) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE notification_outbox SET delivered_at = ?
                WHERE id = ? AND delivered_at IS NULL AND abandoned_at IS NULL
                """,
            arguments: [at, id])
        return db.changesCount == 1
    }

    func noteNotificationFailure(_ id: Int, error: String, abandonedAt: String?) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE notification_outbox SET attempts = attempts + 1, last_error = ?, abandoned_at = ?
                WHERE id = ? AND delivered_at IS NULL AND abandoned_at IS NULL
                """,
            arguments: [error, abandonedAt, id])
        return db.changesCount == 1
    }
}

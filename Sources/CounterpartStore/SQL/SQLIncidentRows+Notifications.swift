import CounterpartStorage

/// The notification outbox (migration v9).
extension SQLIncidentRows {
    func notificationCursor() throws -> Int? {
        try db.value("SELECT last_event_id FROM notification_cursor WHERE singleton = 1")
    }

    func pendingNotifications(channels: [String], limit: Int) throws -> [NotificationRow] {
        guard !channels.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: channels.count).joined(separator: ", ")
        return try notificationRows(
            "WHERE delivered_at IS NULL AND abandoned_at IS NULL AND channel IN (\(marks)) ORDER BY id LIMIT ?",
            channels.map { $0 as (any SQLArgument)? } + [max(0, limit)])
    }

    func notifications(after id: Int, limit: Int) throws -> [NotificationRow] {
        try notificationRows("WHERE id > ? ORDER BY id LIMIT ?", [id, max(0, limit)])
    }

    private func notificationRows(_ filter: String, _ arguments: SQLArguments) throws -> [NotificationRow] {
        try db.rows(
            """
            SELECT id, event_id, item, incident_id, channel, destination, subject, body, created_at, attempts,
                   delivered_at, abandoned_at, last_error
            FROM notification_outbox \(filter)
            """, arguments
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
        var inserted = 0
        for row in rows {
            inserted += try db.execute(
                """
                INSERT INTO notification_outbox (event_id, item, incident_id, channel, destination, subject, body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, channel, destination) DO NOTHING
                """,
                [
                    row.event, row.item, row.incident, row.channel, row.destination, row.subject, row.body,
                    row.createdAt,
                ])
        }
        return inserted
    }

    func setNotificationCursor(_ id: Int) throws {
        try db.execute(
            """
            INSERT INTO notification_cursor (singleton, last_event_id) VALUES (1, ?)
            ON CONFLICT (singleton) DO UPDATE SET last_event_id = CASE
                WHEN excluded.last_event_id > notification_cursor.last_event_id THEN excluded.last_event_id
                ELSE notification_cursor.last_event_id END
            """, [id])
    }

    func markNotificationDelivered(_ id: Int, at: String) throws -> Bool {
        try db.execute(
            """
            UPDATE notification_outbox SET delivered_at = ?
            WHERE id = ? AND delivered_at IS NULL AND abandoned_at IS NULL
            """, [at, id]) == 1
    }

    func noteNotificationFailure(_ id: Int, error: String, abandonedAt: String?) throws -> Bool {
        return try db.execute(
            """
            UPDATE notification_outbox SET attempts = attempts + 1, last_error = ?, abandoned_at = ?
            WHERE id = ? AND delivered_at IS NULL AND abandoned_at IS NULL
            """, [error, abandonedAt, id]) == 1
    }
}

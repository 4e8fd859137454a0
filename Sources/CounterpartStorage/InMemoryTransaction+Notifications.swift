/// The notification outbox in memory: the same uniqueness and states as the database.
extension InMemoryTransaction {
    func notificationCursor() -> Int? { tables.notificationCursor }

    func pendingNotifications(channels: [String], limit: Int) -> [NotificationRow] {
        Array(tables.notifications.filter { $0.isPending && channels.contains($0.channel) }.prefix(max(0, limit)))
    }

    func notifications(after id: Int, limit: Int) -> [NotificationRow] {
        Array(tables.notifications.filter { $0.id > id }.prefix(max(0, limit)))
    }

    func insertNotifications(_ rows: [NotificationRow]) throws -> Int {
        var inserted = 0
        for row in rows {
            guard !row.destination.isEmpty, ["lineworks-room", "lineworks-user", "email"].contains(row.channel) else {
                throw StorageError.refused("notification row breaks a rule")
            }
            let isQueued = tables.notifications.contains {
                $0.event == row.event && $0.channel == row.channel && $0.destination == row.destination
            }
            guard !isQueued else { continue }
            var row = row
            row.id = tables.notifications.count + 1
            row.attempts = 0
            row.deliveredAt = nil
            row.abandonedAt = nil
            row.lastError = nil
            tables.notifications.append(row)
            inserted += 1
        }
        return inserted
    }

    func setNotificationCursor(_ id: Int) {
        tables.notificationCursor = max(tables.notificationCursor ?? id, id)
    }

    func markNotificationDelivered(_ id: Int, at: String) -> Bool {
        guard tables.notifications.indices.contains(id - 1), tables.notifications[id - 1].isPending else {
            return false
        }
        tables.notifications[id - 1].deliveredAt = at
        return true
    }

    func noteNotificationFailure(_ id: Int, error: String, abandonedAt: String?) -> Bool {
        guard tables.notifications.indices.contains(id - 1), tables.notifications[id - 1].isPending else {
            return false
        }
        tables.notifications[id - 1].attempts += 1
        tables.notifications[id - 1].lastError = error
        tables.notifications[id - 1].abandonedAt = abandonedAt
        return true
    }
}

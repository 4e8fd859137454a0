import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import CounterpartStore
import Foundation
import Testing

/// The outbox of the storage protocol, on both backends: the same answers.
@Suite struct OutboxStorageTests {
    static func backends() async throws -> [(String, any IncidentStorage, () -> Void)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-outbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try RosterStore(path: folder.appendingPathComponent("store.sqlite").path)
        return [
            ("memory", InMemoryStorage(), {}),
            ("sqlite", store, { try? FileManager.default.removeItem(at: folder) }),
        ]
    }

    static func row(event: Int, destination: String) -> NotificationRow {
        NotificationRow(
            event: event, item: "R\(event)", incident: nil, channel: "lineworks-room", destination: destination,
            subject: "", body: "本文 \(event)", createdAt: "2027-01-18T00:00:00Z")
    }

    @Test func theOutboxKeepsEachMessageOnceAndItsState() async throws {
        for (name, storage, remove) in try await Self.backends() {
            defer { remove() }
            let answers = try await storage.write { rows -> [String] in
                var answers: [String] = []
                answers.append("cursor \(String(describing: try rows.notificationCursor()))")
                try rows.setNotificationCursor(7)
                try rows.setNotificationCursor(5)
                answers.append("cursor \(String(describing: try rows.notificationCursor()))")
                answers.append(
                    "inserted \(try rows.insertNotifications([Self.row(event: 1, destination: "a"), Self.row(event: 1, destination: "b")]))"
                )
                answers.append("inserted \(try rows.insertNotifications([Self.row(event: 1, destination: "a")]))")
                answers.append("delivered \(try rows.markNotificationDelivered(1, at: "2027-01-18T00:00:01Z"))")
                answers.append("delivered \(try rows.markNotificationDelivered(1, at: "2027-01-18T00:00:02Z"))")
                answers.append("failed \(try rows.noteNotificationFailure(2, error: "HTTP 500", abandonedAt: nil))")
                answers.append(
                    "failed \(try rows.noteNotificationFailure(2, error: "HTTP 404", abandonedAt: "2027-01-18T00:00:03Z"))"
                )
                answers.append("failed \(try rows.noteNotificationFailure(2, error: "again", abandonedAt: nil))")
                answers.append(
                    "pending \(try rows.pendingNotifications(channels: ["lineworks-room"], limit: 10).count)")
                let all = try rows.notifications(after: 0, limit: 10)
                answers.append(
                    all.map {
                        "\($0.id) \($0.attempts) \($0.deliveredAt ?? "-") \($0.abandonedAt ?? "-") \($0.lastError ?? "-")"
                    }.joined(separator: "; "))
                return answers
            }
            #expect(
                answers == [
                    "cursor nil", "cursor Optional(7)", "inserted 2", "inserted 0", "delivered true", "delivered false",
                    "failed true", "failed true", "failed false", "pending 0",
                    "1 0 2027-01-18T00:00:01Z - -; 2 2 - 2027-01-18T00:00:03Z HTTP 404",
                ], "\(name)")
        }
    }
}

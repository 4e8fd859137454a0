import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Re-notifies the members of `municipality` who have still not acknowledged items of
    /// incident `id` (再通知): records one event per item, which the notification sender
    /// reads and posts (a direct message, or the group's room with their names). An item
    /// re-notified to the municipality less than ten minutes ago is left out; an incident
    /// with nothing unread there re-notifies nothing.
    /// - Throws: ``OperationsError/unknown(_:)`` for no such incident,
    ///   ``OperationsError/incidentClosed(_:)`` for a closed one,
    ///   ``OperationsError/tooSoon(_:until:)`` when every unread item was re-notified to the
    ///   municipality less than ten minutes ago.
    public func renotify(incident id: Incident.ID, municipality: LocalGovernmentCode, by actor: Agent)
        async throws(OperationsError) -> Renotification
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            _ = try Self.requireOpen(rows, id)
            let cancelled = Set(try rows.cancelledRequests().map { RecordID(.request, $0).description })
            let due = try rows.unacknowledged(incident: id.number).filter {
                $0.municipality == municipality.description && !cancelled.contains($0.item)
            }
            let pending = try StoredRows.pending(due)
            var order: [RecordID] = []
            var byItem: [RecordID: [PendingAcknowledgement]] = [:]
            for entry in pending {
                if byItem[entry.item] == nil { order.append(entry.item) }
                byItem[entry.item, default: []].append(entry)
            }
            var items: [Renotification.Item] = []
            var skipped: [Renotification.Skipped] = []
            for item in order {
                if let last = try Self.lastRenotification(of: item, to: municipality, rows: rows),
                    stamp.time.secondsSinceEpoch - last.secondsSinceEpoch < Renotification.interval
                {
                    let until = Timestamp(secondsSinceEpoch: last.secondsSinceEpoch + Renotification.interval)
                    skipped.append(Renotification.Skipped(item: item, until: until))
                    continue
                }
                let entries = byItem[item] ?? []
                let members = entries.map(\.member).sorted()
                items.append(Renotification.Item(item: item, subject: entries.first?.subject ?? "", members: members))
            }
            if items.isEmpty, let first = skipped.min(by: { $0.until < $1.until }) {
                throw OperationsError.tooSoon(first.item, until: first.until)
            }
            for item in items {
                try Self.record(
                    rows, incident: id, subject: item.item.description,
                    Renotification.recordedText(municipality: municipality, members: item.members), kind: nil,
                    stamp: stamp)
            }
            return Renotification(
                incident: id, municipality: municipality, items: items, skipped: skipped, stamp: stamp)
        }
    }

    /// When `item` was last re-notified to `municipality`, from the record.
    private static func lastRenotification(
        of item: RecordID, to municipality: LocalGovernmentCode, rows: any StorageReading
    ) throws -> Timestamp? {
        for event in try rows.events(subject: item.description, limit: 200) where event.kind == nil {
            guard let parsed = Renotification.parse(event.text), parsed.municipality == municipality else { continue }
            return try StoredRows.time(event.at, "event \(event.id)")
        }
        return nil
    }
}

import CounterpartOperations
import NIOConcurrencyHelpers
import NIOCore

/// Answers kept while the record stands where they were computed: every change writes an
/// event in its own transaction, so an incident or a rendered view read at record position
/// *p* is current for every request that finds the record still at *p* (``Caller/recordPosition``,
/// read with the caller's credentials, in the same snapshot). Which incident an item belongs
/// to never changes and is kept as long as the server runs (at most ``itemLimit`` items).
final class RecordCache: Sendable {
    /// Items whose incident is remembered.
    static let itemLimit = 100_000

    private struct State {
        var incidents: [Incident.ID: (position: Int, incident: Incident)] = [:]
        var views: [Incident.ID: (position: Int, body: ByteBuffer)] = [:]
        var itemIncidents: [RecordID: Incident.ID?] = [:]
    }

    private let state = NIOLockedValueBox(State())

    /// Incident `id` as read at `position`, if kept.
    func incident(_ id: Incident.ID, at position: Int) -> Incident? {
        state.withLockedValue { $0.incidents[id] }.flatMap { $0.position == position ? $0.incident : nil }
    }

    func keep(_ incident: Incident, at position: Int) {
        state.withLockedValue { $0.incidents[incident.id] = (position, incident) }
    }

    /// The rendered view of incident `id` at `position`, if kept.
    func view(_ id: Incident.ID, at position: Int) -> ByteBuffer? {
        state.withLockedValue { $0.views[id] }.flatMap { $0.position == position ? $0.body : nil }
    }

    func keepView(_ body: ByteBuffer, of id: Incident.ID, at position: Int) {
        state.withLockedValue { $0.views[id] = (position, body) }
    }

    /// The incident of `item` (`.some(nil)`: it belongs to none), if known.
    func incident(of item: RecordID) -> Incident.ID?? {
        state.withLockedValue { $0.itemIncidents[item] }
    }

    func keep(_ incident: Incident.ID?, of item: RecordID) {
        state.withLockedValue { state in
            if state.itemIncidents.count >= Self.itemLimit { state.itemIncidents.removeAll(keepingCapacity: true) }
            state.itemIncidents[item] = .some(incident)
        }
    }
}

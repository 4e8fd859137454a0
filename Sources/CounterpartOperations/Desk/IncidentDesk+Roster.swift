import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// The municipalities whose staff list ends before incident `id` needs people — the
    /// last day of its open requests (its start day while none is filed) — in roster order,
    /// its hit municipalities left out (they supply nobody). Planning cannot name their
    /// people for those days; most likely their list was not renewed (the April trap).
    /// - Throws: ``OperationsError`` for an unknown incident or no stored roster.
    public func endedLists(incident id: Incident.ID) async throws(OperationsError) -> [EndedList] {
        try await reading { rows in
            let incident = try Self.incident(rows, id)
            let roster = try Self.requireRoster(rows)
            let open = try Self.requests(rows, id).filter { !$0.isCancelled }
            let first = open.map(\.details.days.from).min() ?? incident.start
            let last = open.map(\.details.days.to).max() ?? incident.start
            return EndedList.find(in: roster, for: DayRange(spanning: first, last), excluding: Set(incident.affected))
        }
    }
}

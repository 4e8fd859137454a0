import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Records a supporter's answer about assignment `id` (confirm, decline) or a movement
    /// (dispatched, returned). States move only forward. With `expecting`, the answer holds
    /// only while the assignment is still in that state.
    /// - Throws: ``OperationsError/illegalMove(_:current:move:)`` when the move does not fit;
    ///   ``OperationsError/conflict(_:)`` when it is no longer in `expecting`.
    public func answer(
        _ id: IncidentAssignment.ID, _ move: AssignmentMove, reason: String?, expecting: AssignmentState? = nil,
        by actor: Agent
    ) async throws(OperationsError) -> (before: IncidentAssignment, after: IncidentAssignment) {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let (before, incident) = try Self.assignment(rows, id)
            _ = try Self.requireOpen(rows, incident)
            if let expecting, expecting != before.state {
                throw OperationsError.conflict("assignment \(id) is \(before.state) now, not \(expecting)")
            }
            guard move.isAllowed(from: before.state) else {
                throw OperationsError.illegalMove(id.recordID, current: before.state, move: move)
            }
            try rows.moveAssignment(id.number, from: before.state.rawValue, to: move.target.rawValue, reason: reason)
            try Self.record(
                rows, incident: incident, subject: id.description,
                "\(before.staff) for \(before.request) period \(before.period): \(before.state) → \(move.target)"
                    + (reason.map { " (\($0))" } ?? ""), stamp: stamp)
            var after = before
            after.state = move.target
            if let reason { after.reason = reason }
            return (before, after)
        }
    }

    /// The assignments of incident `id`, in the order they were made.
    public func assignments(incident id: Incident.ID) async throws(OperationsError) -> [IncidentAssignment] {
        try await reading { rows in
            _ = try Self.incident(rows, id)
            return try Self.assignments(rows, id)
        }
    }
}

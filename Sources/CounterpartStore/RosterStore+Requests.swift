import CounterpartCore
import CounterpartOperations
import GRDB

extension RosterStore {
    /// Files a request in open incident `incident`; the members concerned must acknowledge it.
    /// - Throws: ``StoreError/refused(_:)`` with every problem of the request.
    public func addRequest(incident: Int, _ details: RequestDetails, stamp: Stamp) throws(StoreError) -> IncidentRequest {
        try operating { db in
            let roster = try Self.requireRoster(db)
            return try Self.file(db, details, in: try Self.requireOpen(db, incident), roster: roster, stamp: stamp)
        }
    }

    /// Changes request `number` to `details`; refused when people already confirmed for it
    /// would no longer fit. The old and new values go to the record.
    public func changeRequest(_ number: Int, to details: RequestDetails, stamp: Stamp) throws(StoreError) -> (before: IncidentRequest, after: IncidentRequest) {
        try operating { db in
            let before = try OperationsRows.request(db, number)
            guard !before.isCancelled else { throw StoreError.refused(.requestCancelled(before.id)) }
            let incident = try Self.requireOpen(db, before.incident)
            let roster = try Self.requireRoster(db)
            let held = try OperationsRows.assignments(db, incident: incident.number).filter { $0.request == number && $0.state.isHeld }
            let problems = RequestRules.problems(details, in: incident) { roster.municipality($0)?.name ?? "?" }
                + RequestRules.problems(changing: before, to: details, held: held, incident: incident)
            guard problems.isEmpty else { throw StoreError.refused(.badRequest(problems)) }
            try OperationsRows.updateRequest(db, number, details)
            try OperationsRows.record(db, incident: incident.number, subject: before.id.description,
                                      "changed: \(Self.describe(before.details, roster: roster)) → \(Self.describe(details, roster: roster))",
                                      stamp: stamp)
            var after = before
            after.details = details
            return (before, after)
        }
    }

    /// Cancels request `number`: its assignments not yet over are cancelled with it.
    public func cancelRequest(_ number: Int, reason: String?, stamp: Stamp) throws(StoreError) -> (IncidentRequest, cancelled: [IncidentAssignment]) {
        try operating { db in
            var request = try OperationsRows.request(db, number)
            guard !request.isCancelled else { throw StoreError.refused(.requestCancelled(request.id)) }
            let incident = try Self.requireOpen(db, request.incident)
            try db.execute(sql: "UPDATE request SET is_cancelled = 1 WHERE id = ?", arguments: [number])
            request.isCancelled = true
            let ending = try OperationsRows.assignments(db, incident: incident.number).filter { $0.request == number && !$0.state.isFinal }
            for assignment in ending {
                try OperationsRows.setState(db, assignment: assignment.number, .cancelled, reason: reason)
                try OperationsRows.record(db, incident: incident.number, subject: assignment.id.description,
                                          "\(assignment.state) → cancelled with \(request.id)", stamp: stamp)
            }
            try OperationsRows.record(db, incident: incident.number, subject: request.id.description,
                                      "cancelled" + (reason.map { ": \($0)" } ?? ""), stamp: stamp)
            return (request, ending.map { var cancelled = $0; cancelled.state = .cancelled; return cancelled })
        }
    }

    /// The requests of incident `incident`, cancelled ones included, in filing order.
    public func requests(incident: Int) throws(StoreError) -> [IncidentRequest] {
        try reading { db in
            _ = try OperationsRows.incident(db, incident)
            return try OperationsRows.requests(db, incident: incident)
        }
    }

    /// Request `number`.
    public func request(_ number: Int) throws(StoreError) -> IncidentRequest {
        try reading { db in try OperationsRows.request(db, number) }
    }
}

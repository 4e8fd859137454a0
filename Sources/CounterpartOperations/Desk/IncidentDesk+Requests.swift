import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Files a request in open incident `incident`; the members concerned must acknowledge it.
    /// - Throws: ``OperationsError/invalid(_:)`` with every problem of the request.
    public func file(_ details: RequestDetails, in incident: Incident.ID, by actor: Agent) async throws(OperationsError)
        -> IncidentRequest
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let roster = try Self.requireRoster(rows)
            return try Self.file(rows, details, in: try Self.requireOpen(rows, incident), roster: roster, stamp: stamp)
        }
    }

    /// Changes request `id` to `details`; refused when people already confirmed for it would
    /// no longer fit. The old and new values go to the record.
    public func change(
        _ id: IncidentRequest.ID, to details: RequestDetails,
        by actor: Agent
    ) async throws(OperationsError) -> (
        before: IncidentRequest, after: IncidentRequest, withdrawn: [IncidentAssignment]
    ) {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let before = try Self.request(rows, id)
            guard !before.isCancelled else { throw OperationsError.requestCancelled(id.recordID) }
            let incident = try Self.requireOpen(rows, before.incident)
            let roster = try Self.requireRoster(rows)
            let held = try Self.assignments(rows, incident.id).filter { $0.request == id && $0.state.isHeld }
            let problems = RequestRules.problems(details, in: incident) { roster.municipality($0)?.name ?? "?" }
            let stranded =
                problems.isEmpty
                ? RequestRules.problems(changing: before, to: details, held: held, incident: incident) : []
            guard problems.isEmpty, stranded.isEmpty else { throw OperationsError.invalid(problems + stranded) }
            var after = before
            after.details = details
            try rows.updateRequest(StoredRows.row(after))
            try Self.record(
                rows, incident: incident.id, subject: id.description,
                "changed: \(Self.describe(before.details, roster: roster)) → \(Self.describe(details, roster: roster))",
                kind: .requestChanged, stamp: stamp)
            let withdrawn = try Self.withdrawProposals(of: after, in: incident, rows: rows, stamp: stamp)
            return (
                before, after,
                try Self.assignments(rows, incident.id).filter { mine in withdrawn.contains { $0.id == mine.id } }
            )
        }
    }

    /// Withdraws the proposals of `request` that no longer fit it: on days it no longer
    /// covers, or more in a period than its headcount leaves beside the people held (the
    /// latest proposals go first). Returns them.
    @discardableResult
    static func withdrawProposals(
        of request: IncidentRequest, in incident: Incident, rows: any StorageWriting, stamp: Stamp
    )
        throws -> [IncidentAssignment]
    {
        let scenario = Scenario(id: "", start: incident.start, rotationDays: incident.rotationDays)
        let mine = try assignments(rows, incident.id).filter { $0.request == request.id }
        var withdrawn: [IncidentAssignment] = []
        for period in Set(mine.map(\.period)).sorted() {
            let inPeriod = mine.filter { $0.period == period }
            let proposed = inPeriod.filter { $0.state == .proposed }.sorted { $0.id < $1.id }
            let covered = scenario.window(of: request.dispatchRequest, inPeriod: period) != nil
            let room = covered ? max(0, request.details.headcount - inPeriod.filter(\.state.isHeld).count) : 0
            withdrawn += proposed.dropFirst(room)
        }
        for assignment in withdrawn.sorted(by: { $0.id < $1.id }) {
            try rows.moveAssignment(
                assignment.id.number, from: AssignmentState.proposed.rawValue, to: AssignmentState.withdrawn.rawValue,
                reason: "no longer fits the changed \(request.id)")
            try record(
                rows, incident: incident.id, subject: assignment.id.description,
                "proposed → withdrawn: no longer fits the changed \(request.id)", kind: .requestChanged,
                stamp: stamp)
        }
        return withdrawn
    }

    /// Cancels request `id`: its assignments not yet over are cancelled with it.
    public func cancel(
        _ id: IncidentRequest.ID, reason: String?,
        by actor: Agent
    ) async throws(OperationsError) -> (IncidentRequest, cancelled: [IncidentAssignment]) {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            var request = try Self.request(rows, id)
            guard !request.isCancelled else { throw OperationsError.requestCancelled(id.recordID) }
            let incident = try Self.requireOpen(rows, request.incident)
            try rows.cancelRequest(id.number)
            request.isCancelled = true
            // People already out stay until they are back; only those not yet gone are cancelled.
            let ending = try Self.assignments(rows, incident.id).filter {
                $0.request == id && ($0.state == .proposed || $0.state == .confirmed)
            }
            for assignment in ending {
                try rows.moveAssignment(
                    assignment.id.number, from: assignment.state.rawValue, to: AssignmentState.cancelled.rawValue,
                    reason: reason)
                try Self.record(
                    rows, incident: incident.id, subject: assignment.id.description,
                    "\(assignment.state) → cancelled with \(request.id)", kind: .requestCancelled,
                    stamp: stamp)
            }
            try Self.record(
                rows, incident: incident.id, subject: id.description, "cancelled" + (reason.map { ": \($0)" } ?? ""),
                kind: .requestCancelled, stamp: stamp)
            return (
                request,
                ending.map { assignment in
                    var cancelled = assignment
                    cancelled.state = .cancelled
                    return cancelled
                }
            )
        }
    }

    /// The requests of incident `id`, cancelled ones included, in filing order.
    public func requests(incident id: Incident.ID) async throws(OperationsError) -> [IncidentRequest] {
        try await reading { rows in
            _ = try Self.incident(rows, id)
            return try Self.requests(rows, id)
        }
    }

    /// Request `id`.
    public func request(_ id: IncidentRequest.ID) async throws(OperationsError) -> IncidentRequest {
        try await reading { rows in try Self.request(rows, id) }
    }

    /// Files one checked request with its acknowledgements and event.
    static func file(
        _ rows: any StorageWriting, _ details: RequestDetails, in incident: Incident, roster: Roster,
        stamp: Stamp
    ) throws -> IncidentRequest {
        let problems = RequestRules.problems(details, in: incident) { roster.municipality($0)?.name ?? "?" }
        guard problems.isEmpty else { throw OperationsError.invalid(problems) }
        var request = IncidentRequest(
            id: IncidentRequest.ID(0), incident: incident.id, details: details, isCancelled: false, filed: stamp)
        request.id = IncidentRequest.ID(try rows.insertRequest(StoredRows.row(request)))
        let subject = "request \(request.id): " + describe(details, roster: roster)
        try requireAcknowledgement(
            rows, item: request.id.recordID, incident: incident.id, subject: subject,
            members: Audience.concerned(with: [details.municipality], in: roster), since: stamp.time)
        try record(
            rows, incident: incident.id, subject: request.id.description, "filed: " + describe(details, roster: roster),
            kind: .requestFiled, stamp: stamp)
        return request
    }

    /// `宇和島市 避難所運営 shelter ×10 2026-11-02..2026-11-15 critical`.
    static func describe(_ details: RequestDetails, roster: Roster) -> String {
        let name = roster.municipality(details.municipality)?.name ?? details.municipality.description
        return
            "\(name) \(details.category.japaneseLabel) \(details.category) ×\(details.headcount) \(details.days) \(details.priority)"
    }
}

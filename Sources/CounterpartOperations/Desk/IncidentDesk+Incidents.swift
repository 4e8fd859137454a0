import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// What opening an incident needs: who is hit, from when, in periods of how many days.
    public struct Opening: Hashable, Sendable {
        public var name: String
        public var start: CalendarDay
        public var rotationDays: Int
        public var affected: [LocalGovernmentCode]
        public var isDrill: Bool
        /// Requests filed at once (a drill's).
        public var requests: [RequestDetails]
        /// The numbers of the planning rule (a drill's scenario may set them).
        public var policy: PlanningPolicy

        /// An opening.
        public init(
            name: String, start: CalendarDay, rotationDays: Int, affected: [LocalGovernmentCode], isDrill: Bool,
            requests: [RequestDetails] = [], policy: PlanningPolicy = .defaults
        ) {
            self.policy = policy
            self.name = name
            self.start = start
            self.rotationDays = rotationDays
            self.affected = affected
            self.isDrill = isDrill
            self.requests = requests
        }
    }

    /// Opens an incident on the stored roster, with the opening's requests filed at once.
    /// - Throws: ``OperationsError/invalid(_:)`` naming each bad field; ``OperationsError/noRoster``.
    public func open(_ opening: Opening, by actor: Agent) async throws(OperationsError) -> (Incident, [IncidentRequest])
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let roster = try Self.requireRoster(rows)
            var problems: [Problem] = []
            if opening.name.allSatisfy(\.isWhitespace) {
                problems.append(Problem(field: "name", rule: "required", message: "the incident needs a name"))
            }
            if opening.affected.isEmpty {
                problems.append(
                    Problem(field: "affected", rule: "required", message: "name at least one affected municipality"))
            }
            if opening.rotationDays < 1 || opening.rotationDays > 366 {
                problems.append(
                    Problem(field: "rotationDays", rule: "range", message: "a rotation period lasts 1 to 366 days"))
            }
            for code in opening.affected where roster.municipality(code) == nil {
                problems.append(
                    Problem(
                        field: "affected", rule: "unknown",
                        message: "\(code) is not a municipality of the stored roster",
                        japanese: "\(code) は登録されている名簿の市町ではありません。"))
            }
            if Set(opening.affected).count != opening.affected.count {
                problems.append(
                    Problem(field: "affected", rule: "duplicate", message: "an affected municipality is named twice"))
            }
            guard problems.isEmpty else { throw OperationsError.invalid(problems) }
            let number = try rows.insertIncident(
                IncidentRow(
                    id: 0, name: opening.name, start: opening.start.description, rotationDays: opening.rotationDays,
                    isDrill: opening.isDrill,
                    affected: opening.affected.map(\.description), openedAt: stamp.time.description,
                    openedBy: stamp.actor, policy: PolicyText.text(opening.policy)))
            var incident = Incident(
                id: Incident.ID(number), name: opening.name, start: opening.start, rotationDays: opening.rotationDays,
                affected: opening.affected, isDrill: opening.isDrill, opened: stamp)
            incident.policy = opening.policy
            let names = opening.affected.map { roster.municipality($0)?.name ?? $0.description }.joined(separator: "、")
            try Self.record(
                rows, incident: incident.id, subject: incident.id.description,
                "\(opening.isDrill ? "drill" : "incident") opened: \(opening.name); affected \(names); start \(opening.start), periods of \(opening.rotationDays) days",
                kind: .incidentOpened, stamp: stamp)
            let filed = try opening.requests.map { details in
                try Self.file(rows, details, in: incident, roster: roster, stamp: stamp)
            }
            return (incident, filed)
        }
    }

    /// Every incident and drill, oldest first.
    public func incidents() async throws(OperationsError) -> [Incident] {
        try await reading { rows in
            try rows.incidents().map { row throws(OperationsError) in try StoredRows.incident(row) }
        }
    }

    /// Incident `id`.
    public func incident(_ id: Incident.ID) async throws(OperationsError) -> Incident {
        try await reading { rows in try Self.incident(rows, id) }
    }

    /// Adds hit municipalities to open incident `id` (a disaster that spreads): they may file
    /// requests from now on, and the members concerned with them are addressed by what comes
    /// next (requests, plans).
    /// - Throws: ``OperationsError/invalid(_:)`` for a municipality unknown, named twice or
    ///   affected already.
    public func extend(_ id: Incident.ID, adding codes: [LocalGovernmentCode], by actor: Agent)
        async throws(OperationsError)
        -> Incident
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            var incident = try Self.requireOpen(rows, id)
            let roster = try Self.requireRoster(rows)
            var problems: [Problem] = []
            if codes.isEmpty {
                problems.append(
                    Problem(field: "affected", rule: "required", message: "name at least one affected municipality"))
            }
            for code in codes where roster.municipality(code) == nil {
                problems.append(
                    Problem(
                        field: "affected", rule: "unknown",
                        message: "\(code) is not a municipality of the stored roster",
                        japanese: "\(code) は登録されている名簿の市町ではありません。"))
            }
            for code in codes where incident.affected.contains(code) {
                let name = roster.municipality(code)?.name ?? code.description
                problems.append(
                    Problem(
                        field: "affected", rule: "already", message: "\(name) (\(code)) is affected in \(id) already",
                        japanese: "\(name)（\(code)）は既に \(id) の被災市町です。"))
            }
            if Set(codes).count != codes.count {
                problems.append(
                    Problem(field: "affected", rule: "duplicate", message: "an affected municipality is named twice"))
            }
            guard problems.isEmpty else { throw OperationsError.invalid(problems) }
            try rows.addAffected(codes.map(\.description), to: id.number)
            incident.affected += codes
            let names = codes.map { roster.municipality($0)?.name ?? $0.description }.joined(separator: "、")
            try Self.record(
                rows, incident: id, subject: id.description, "affected added: \(names)", kind: .incidentChanged,
                stamp: stamp)
            return incident
        }
    }

    /// Closes incident `id`: nothing more is added to it; its record stays.
    public func close(_ id: Incident.ID, by actor: Agent) async throws(OperationsError) -> Incident {
        try await close(id, force: false, by: actor).incident
    }

    /// Closes incident `id`: nothing more is added to it; its record stays. Refused while
    /// people are confirmed or away (dispatched), unless `force`; then they are listed, and
    /// their return can still be recorded.
    /// - Throws: ``OperationsError/peopleStillOut(_:people:)`` without `force`.
    public func close(_ id: Incident.ID, force: Bool, by actor: Agent) async throws(OperationsError)
        -> (incident: Incident, stillOut: [IncidentAssignment])
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            var incident = try Self.requireOpen(rows, id)
            let stillOut = try Self.assignments(rows, id).filter { $0.state == .confirmed || $0.state == .dispatched }
            guard stillOut.isEmpty || force else {
                throw OperationsError.peopleStillOut(id.recordID, people: stillOut.map(\.id.recordID))
            }
            try rows.closeIncident(id.number, at: stamp.time.description, by: stamp.actor)
            let note =
                stillOut.isEmpty
                ? "" : " with \(stillOut.count) still out: " + stillOut.map(\.id.description).joined(separator: ", ")
            try Self.record(
                rows, incident: id, subject: id.description, "incident closed" + note, kind: .incidentClosed,
                stamp: stamp)
            incident.closed = stamp
            return (incident, stillOut)
        }
    }

    /// The latest `limit` events of incident `id`, newest first.
    public func events(incident id: Incident.ID, limit: Int) async throws(OperationsError) -> [OperationsEvent] {
        try await reading { rows in
            _ = try Self.incident(rows, id)
            return try rows.events(incident: id.number, limit: limit).map { row throws(OperationsError) in
                try StoredRows.event(row)
            }
        }
    }

    /// The roster as it stands, or `nil` before the first import.
    public func roster() async throws(OperationsError) -> Roster? {
        try await reading { rows in try rows.currentRoster()?.roster }
    }
}

import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Declares `staff` unavailable on `days` (their own home hit, ill): never proposed then,
    /// in any request or incident, until lifted.
    /// - Throws: ``OperationsError/invalid(_:)`` for a person the roster lacks or no reason.
    public func declareUnavailable(_ staff: StaffID, days: DayRange, reason: String, by actor: Agent)
        async throws(OperationsError) -> Unavailability
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let roster = try Self.requireRoster(rows)
            var problems: [Problem] = []
            if !roster.staff.contains(where: { $0.id == staff }) {
                problems.append(
                    Problem(
                        field: "staff", rule: "unknown", message: "there is no person \(staff) in the stored roster"))
            }
            if reason.allSatisfy(\.isWhitespace) {
                problems.append(
                    Problem(field: "reason", rule: "required", message: "say why the person is unavailable"))
            }
            if days.dayCount > RequestRules.longestDays {
                problems.append(
                    Problem(field: "to", rule: "too-long", message: "at most \(RequestRules.longestDays) days at once"))
            }
            guard problems.isEmpty else { throw OperationsError.invalid(problems) }
            return try Self.declareUnavailable(rows, staff: staff, days: days, reason: reason, stamp: stamp)
        }
    }

    /// Lifts unavailability `id`: the person may be proposed on those days again.
    public func lift(_ id: Unavailability.ID, by actor: Agent) async throws(OperationsError) -> Unavailability {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            guard var entry = try Self.unavailabilities(rows).first(where: { $0.id == id }) else {
                throw OperationsError.unknown(id.recordID)
            }
            guard try rows.liftUnavailability(id.number, at: stamp.time.description, by: stamp.actor) else {
                throw OperationsError.conflict("\(id) was lifted already")
            }
            try Self.record(
                rows, incident: nil, subject: id.description, "lifted: \(entry.staff) available again", kind: nil,
                stamp: stamp)
            entry.lifted = stamp
            return entry
        }
    }

    /// Every unavailability, oldest first; lifted ones only with `includingLifted`.
    public func unavailabilities(includingLifted: Bool = false) async throws(OperationsError) -> [Unavailability] {
        try await reading { rows in try Self.unavailabilities(rows).filter { includingLifted || $0.isInForce } }
    }

    static func unavailabilities(_ rows: any StorageReading) throws -> [Unavailability] {
        try rows.unavailabilities().map { row throws(OperationsError) in try StoredRows.unavailability(row) }
    }

    /// Stores one unavailability with its event.
    static func declareUnavailable(
        _ rows: any StorageWriting, staff: StaffID, days: DayRange, reason: String, stamp: Stamp
    )
        throws -> Unavailability
    {
        let id = Unavailability.ID(
            try rows.insertUnavailability(
                UnavailabilityRow(
                    id: 0, staff: staff.rawValue, dayFrom: days.from.description, dayTo: days.to.description,
                    reason: reason,
                    declaredAt: stamp.time.description, declaredBy: stamp.actor)))
        try record(
            rows, incident: nil, subject: id.description, "\(staff) unavailable \(days): \(reason)", kind: nil,
            stamp: stamp)
        return Unavailability(id: id, staff: staff, days: days, reason: reason, declared: stamp)
    }
}

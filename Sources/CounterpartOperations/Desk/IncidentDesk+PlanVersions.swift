import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// A stored plan version as it was made: which incident, which number, the plan.
    public struct StoredPlanVersion: Hashable, Sendable {
        /// `P3`.
        public var id: PlanVersionID
        /// The incident planned.
        public var incident: Incident.ID
        /// Its number within the incident (1, 2, …).
        public var version: Int
        /// The plan, as `counterpart-plan/1` JSON text (FORMATS.md).
        public var planJSON: String
    }

    /// Plan version `id`.
    /// - Throws: ``OperationsError/unknown(_:)`` when there is none.
    public func planVersion(_ id: PlanVersionID) async throws(OperationsError) -> StoredPlanVersion {
        try await reading { rows in
            guard let row = try rows.planVersion(id.number) else { throw OperationsError.unknown(id.recordID) }
            return StoredPlanVersion(
                id: id, incident: Incident.ID(row.incident), version: row.number, planJSON: row.planJSON)
        }
    }
}

extension IncidentDesk {
    /// Assignment `id`.
    /// - Throws: ``OperationsError/unknown(_:)`` when there is none.
    public func assignment(_ id: IncidentAssignment.ID) async throws(OperationsError) -> IncidentAssignment {
        try await reading { rows in
            guard let row = try rows.assignment(id.number) else { throw OperationsError.unknown(id.recordID) }
            return try StoredRows.assignment(row)
        }
    }
}

import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Everything `incident show` and the board's incident page need, read on one snapshot.
    public struct IncidentView: Sendable {
        public var incident: Incident
        public var requests: [IncidentRequest]
        public var assignments: [IncidentAssignment]
        public var pending: [PendingAcknowledgement]
        /// The latest plan version and its shortfalls, if it was ever planned.
        public var latestPlan: (version: Int, shortfalls: [RecordedShortfall])?
        /// The roster as it stands (for names), or `nil` before the first import.
        public var roster: Roster?
    }

    /// Incident `id` with its requests, people, unread items and latest shortfalls.
    public func view(_ id: Incident.ID) async throws(OperationsError) -> IncidentView {
        try await reading { rows in
            IncidentView(
                incident: try Self.incident(rows, id), requests: try Self.requests(rows, id),
                assignments: try Self.assignments(rows, id),
                pending: try Self.pending(rows, incident: id, includesDrills: true),
                latestPlan: try Self.latestShortfalls(rows, id), roster: try rows.currentRoster()?.roster)
        }
    }

    /// The latest plan version of incident `id` and its shortfalls, if it was ever planned.
    public func latestShortfalls(incident id: Incident.ID) async throws(OperationsError) -> (
        version: Int, shortfalls: [RecordedShortfall]
    )? {
        try await reading { rows in try Self.latestShortfalls(rows, id) }
    }

    static func latestShortfalls(_ rows: any StorageReading, _ id: Incident.ID) throws -> (
        version: Int, shortfalls: [RecordedShortfall]
    )? {
        guard let version = try rows.latestPlanVersion(incident: id.number) else { return nil }
        let place = "plan version P\(version.id)"
        return (
            version.number,
            try rows.shortfalls(planVersion: version.id).map { row throws(OperationsError) in
                try StoredRows.shortfall(row, place: place)
            }
        )
    }

    /// The stored JSON (counterpart-plan/1) of plan version `version` of incident `id`.
    public func planJSON(incident id: Incident.ID, version: Int) async throws(OperationsError) -> String {
        try await reading { rows in
            guard let row = try rows.planVersion(incident: id.number, number: version) else {
                throw OperationsError.invalid([
                    Problem(
                        field: "version", rule: "unknown",
                        message: "incident \(id) has no plan version \(version)")
                ])
            }
            return row.planJSON
        }
    }

    /// The situation report of incident `id` now, with the moment it speaks of. The last
    /// `events` events are included, newest first, and the incident's notices.
    public func situationReport(_ id: Incident.ID, events limit: Int = 20) async throws(OperationsError) -> (
        SituationReport, asOf: Timestamp
    ) {
        let now = clock.now()
        let report = try await reading { rows in
            SituationReport.make(
                incident: try Self.incident(rows, id), requests: try Self.requests(rows, id),
                assignments: try Self.assignments(rows, id),
                latestPlan: try Self.latestShortfalls(rows, id),
                pending: try Self.pending(rows, incident: id, includesDrills: true),
                events: try rows.events(incident: id.number, limit: limit).map { row throws(OperationsError) in
                    try StoredRows.event(row)
                },
                roster: try Self.requireRoster(rows), today: now.japanDay,
                notices: try Self.notices(rows, incident: id))
        }
        return (report, now)
    }
}

import CounterpartCore

/// An incident as the planner sees it: its open requests, held people as pins and
/// declines as exclusions.
public enum IncidentScenario {
    /// The scenario to plan for `incident`. Pins come from confirmed, dispatched and returned
    /// assignments of open requests, in assignment order; `pinnedAssignments[i]` is the
    /// assignment behind `scenario.pins[i]`. Open proposals become preferences, so that a
    /// re-plan keeps them wherever that costs nothing.
    public static func make(_ incident: Incident, requests: [IncidentRequest], assignments: [IncidentAssignment])
        -> (scenario: Scenario, pinnedAssignments: [IncidentAssignment])
    {
        let open = requests.filter { !$0.isCancelled && $0.incident == incident.id }.sorted { $0.id < $1.id }
        let openIDs = Set(open.map(\.id))
        let ordered = assignments.filter { openIDs.contains($0.request) }.sorted { $0.id < $1.id }
        let held = ordered.filter(\.state.isHeld)
        let declined = ordered.filter { $0.state == .declined }
        let scenario = Scenario(
            id: incident.id.description, name: incident.name, start: incident.start,
            rotationDays: incident.rotationDays,
            affected: incident.affected, requests: open.map(\.dispatchRequest),
            pins: held.map { Pin(request: requestID($0.request), staff: $0.staff, period: $0.period) },
            exclusions: declined.map { Exclusion(request: requestID($0.request), staff: $0.staff) },
            preferences: ordered.filter { $0.state == .proposed }
                .map { Preference(request: requestID($0.request), staff: $0.staff, period: $0.period) })
        return (scenario, held)
    }

    /// The planner's id of request `id`: `R12`.
    public static func requestID(_ id: IncidentRequest.ID) -> RequestID { RequestID(id.description) }

    /// The request behind a planner id, or `nil` for an id this module did not make.
    public static func request(_ id: RequestID) -> IncidentRequest.ID? { IncidentRequest.ID(id.rawValue) }
}

import CounterpartCore

/// An incident as the planner sees it: its open requests, held people as pins and
/// declines as exclusions.
public enum IncidentScenario {
    /// The scenario to plan for `incident`. Pins come from confirmed and dispatched
    /// assignments of open requests, in assignment order; `pinnedAssignments[i]` is the
    /// assignment behind `scenario.pins[i]`. People already back (returned) are history: they
    /// keep their slot and their period served as occupations, never checked again against
    /// the roster as it stands. Open proposals become preferences, so that a re-plan keeps
    /// them wherever that costs nothing.
    public static func make(_ incident: Incident, requests: [IncidentRequest], assignments: [IncidentAssignment])
        -> (scenario: Scenario, pinnedAssignments: [IncidentAssignment])
    {
        let open = requests.filter { !$0.isCancelled && $0.incident == incident.id }.sorted { $0.id < $1.id }
        let openIDs = Set(open.map(\.id))
        let ordered = assignments.filter { openIDs.contains($0.request) }.sorted { $0.id < $1.id }
        let held = ordered.filter { $0.state == .confirmed || $0.state == .dispatched }
        let history = ordered.filter { $0.state == .returned }
        let declined = ordered.filter { $0.state == .declined }
        let scenario = Scenario(
            id: incident.id.description, name: incident.name, start: incident.start,
            rotationDays: incident.rotationDays,
            affected: incident.affected, requests: open.map(\.dispatchRequest),
            pins: held.map { Pin(request: requestID($0.request), staff: $0.staff, period: $0.period) },
            exclusions: declined.map { Exclusion(request: requestID($0.request), staff: $0.staff) },
            preferences: ordered.filter { $0.state == .proposed }
                .map { Preference(request: requestID($0.request), staff: $0.staff, period: $0.period) },
            policy: incident.policy)
        var withHistory = scenario
        withHistory.occupations = history.map(occupation)
        return (withHistory, held)
    }

    /// `assignment` kept as it is: its person taken in its period, its slot filled.
    public static func occupation(_ assignment: IncidentAssignment) -> Occupation {
        Occupation(
            staff: assignment.staff, period: assignment.period, supplier: assignment.supplier,
            request: requestID(assignment.request))
    }

    /// The planner's id of request `id`: `R12`.
    public static func requestID(_ id: IncidentRequest.ID) -> RequestID { RequestID(id.description) }

    /// The request behind a planner id, or `nil` for an id this module did not make.
    public static func request(_ id: RequestID) -> IncidentRequest.ID? { IncidentRequest.ID(id.rawValue) }
}

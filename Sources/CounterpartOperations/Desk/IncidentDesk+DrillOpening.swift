import CounterpartCore

extension IncidentDesk.Opening {
    /// The opening of a drill from `scenario`: its name, days, affected towns, policy and
    /// requests (each noted with the scenario's ids); its pins are not taken (people are
    /// confirmed after the first plan). The command line and the board open drills with it.
    public static func drill(from scenario: Scenario) throws(OperationsError) -> IncidentDesk.Opening {
        var details: [RequestDetails] = []
        for request in scenario.requests {
            details.append(
                RequestDetails(
                    municipality: request.municipality, category: request.category, headcount: request.headcount,
                    days: request.days, priority: request.priority, note: "scenario \(scenario.id) \(request.id)"))
        }
        return IncidentDesk.Opening(
            name: scenario.name ?? scenario.id, start: scenario.start, rotationDays: scenario.rotationDays,
            affected: scenario.affected, isDrill: true, requests: details, policy: scenario.policy)
    }
}

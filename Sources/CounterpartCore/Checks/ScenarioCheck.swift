/// The rules of a scenario that a schema cannot express, alone and against a roster.
public enum ScenarioCheck {
    /// Every problem of `scenario` on its own: unique ids, requests from affected
    /// municipalities, pins naming requests active in their period.
    /// Complexity: O(n) in the size of the scenario.
    public static func problems(in scenario: Scenario) -> [ScenarioProblem] {
        var problems: [ScenarioProblem] = []
        var affected: Set<LocalGovernmentCode> = []
        for (index, code) in scenario.affected.enumerated() where !affected.insert(code).inserted {
            problems.append(
                .init(.affected(index), .affectedListedOnce, "municipality \(code) is listed as affected twice"))
        }
        var requests: [RequestID: DispatchRequest] = [:]
        for (index, request) in scenario.requests.enumerated() {
            if requests[request.id] != nil {
                problems.append(.init(.request(index), .uniqueRequestID, "request id '\(request.id)' is used twice"))
            } else {
                requests[request.id] = request
            }
            if !affected.contains(request.municipality) {
                problems.append(
                    .init(
                        .request(index), .requestFromAffected,
                        "request '\(request.id)' comes from municipality \(request.municipality), which is not listed as affected"
                    ))
            }
        }
        var pins: Set<Pin> = []
        for (index, pin) in scenario.pins.enumerated() {
            if !pins.insert(pin).inserted {
                problems.append(
                    .init(
                        .pin(index), .pinGivenOnce,
                        "pin of '\(pin.staff)' to '\(pin.request)' in period \(pin.period) is given twice"))
            }
            guard let request = requests[pin.request] else {
                problems.append(
                    .init(
                        .pin(index), .pinNamesRequest,
                        "pin names request '\(pin.request)', which is not in the scenario"))
                continue
            }
            if scenario.window(of: request, inPeriod: pin.period) == nil {
                let days = scenario.days(ofPeriod: pin.period)
                problems.append(
                    .init(
                        .pin(index), .pinInActivePeriod,
                        "pin puts '\(pin.staff)' on request '\(pin.request)' in period \(pin.period) (\(days.from) to \(days.to)), but the request runs \(request.days.from) to \(request.days.to) and is not active then"
                    ))
            }
        }
        return problems
    }

    /// Every problem of `scenario` against `roster`: affected municipalities that the roster
    /// lacks, and pins naming staff it lacks.
    /// Complexity: O(n + s) for a scenario of n elements and a roster of s staff.
    public static func problems(in scenario: Scenario, against roster: Roster) -> [ScenarioProblem] {
        var problems: [ScenarioProblem] = []
        let codes = Set(roster.municipalities.map(\.code))
        for (index, code) in scenario.affected.enumerated() where !codes.contains(code) {
            problems.append(
                .init(.affected(index), .affectedInRoster, "affected municipality \(code) is not in the roster"))
        }
        guard !scenario.pins.isEmpty else { return problems }
        let staff = Set(roster.staff.map(\.id))
        for (index, pin) in scenario.pins.enumerated() where !staff.contains(pin.staff) {
            problems.append(
                .init(.pin(index), .pinnedStaffInRoster, "pin names staff '\(pin.staff)', who is not in the roster"))
        }
        return problems
    }
}

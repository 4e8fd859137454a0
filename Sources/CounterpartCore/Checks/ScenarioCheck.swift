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
                .init(
                    .affected(index), .affectedListedOnce, "municipality \(code) is listed as affected twice",
                    japanese: "被災市町 <affected code=\"\(code)\"> が2回書かれています。1つの市町は1回だけ書けます。"))
        }
        var requests: [RequestID: DispatchRequest] = [:]
        for (index, request) in scenario.requests.enumerated() {
            if requests[request.id] != nil {
                problems.append(
                    .init(
                        .request(index), .uniqueRequestID, "request id '\(request.id)' is used twice",
                        japanese: "要請ID id=\"\(request.id)\" が2回使われています。要請IDは重ならないようにしてください。"))
            } else {
                requests[request.id] = request
            }
            if !affected.contains(request.municipality) {
                problems.append(
                    .init(
                        .request(index), .requestFromAffected,
                        "request '\(request.id)' comes from municipality \(request.municipality), which is not listed as affected",
                        japanese:
                            "要請 \(request.id) の要請元 municipality=\"\(request.municipality)\" が被災市町 <affected> に書かれていません。<affected code=\"\(request.municipality)\"/> を加えるか、要請元を確かめてください。"
                    ))
            }
        }
        var pins: Set<Pin> = []
        for (index, pin) in scenario.pins.enumerated() {
            if !pins.insert(pin).inserted {
                problems.append(
                    .init(
                        .pin(index), .pinGivenOnce,
                        "pin of '\(pin.staff)' to '\(pin.request)' in period \(pin.period) is given twice",
                        japanese:
                            "職員 \(pin.staff) を要請 \(pin.request) の期間 \(pin.period) に充てる確定済みの派遣 <pin> が2回書かれています。"
                    ))
            }
            guard let request = requests[pin.request] else {
                problems.append(
                    .init(
                        .pin(index), .pinNamesRequest,
                        "pin names request '\(pin.request)', which is not in the scenario",
                        japanese: "確定済みの派遣 <pin> の要請 request=\"\(pin.request)\" はこの想定にありません。"))
                continue
            }
            if scenario.window(of: request, inPeriod: pin.period) == nil {
                let days = scenario.days(ofPeriod: pin.period)
                problems.append(
                    .init(
                        .pin(index), .pinInActivePeriod,
                        "pin puts '\(pin.staff)' on request '\(pin.request)' in period \(pin.period) (\(days.from) to \(days.to)), but the request runs \(request.days.from) to \(request.days.to) and is not active then",
                        japanese:
                            "確定済みの派遣 <pin> は職員 \(pin.staff) を要請 \(pin.request) の期間 \(pin.period)（\(days.from)〜\(days.to)）に充てていますが、この要請は \(request.days.from)〜\(request.days.to) なので、その期間には派遣がありません。"
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
                .init(
                    .affected(index), .affectedInRoster, "affected municipality \(code) is not in the roster",
                    japanese: "被災市町 code=\"\(code)\" は名簿にありません。"))
        }
        guard !scenario.pins.isEmpty else { return problems }
        let staff = Set(roster.staff.map(\.id))
        for (index, pin) in scenario.pins.enumerated() where !staff.contains(pin.staff) {
            problems.append(
                .init(
                    .pin(index), .pinnedStaffInRoster, "pin names staff '\(pin.staff)', who is not in the roster",
                    japanese: "確定済みの派遣 <pin> の職員 staff=\"\(pin.staff)\" は名簿にありません。"))
        }
        return problems
    }
}

import CounterpartCore
import CounterpartPlanner

/// What a plan of an incident is made from: its scenario (held people as pins, declines as
/// exclusions, earlier proposals as preferences, people back home as history), the roster
/// with unavailable days taken out, people held by other open incidents, and what is kept as
/// it is because it no longer passes the rules.
public struct PlanInput: Sendable {
    /// A person held by another open incident.
    public struct HeldElsewhere: Hashable, Sendable {
        public var incident: Incident.ID
        public var assignment: IncidentAssignment

        /// `assignment` of `incident`.
        public init(incident: Incident.ID, assignment: IncidentAssignment) {
            self.incident = incident
            self.assignment = assignment
        }
    }

    /// The scenario to plan.
    public var scenario: Scenario
    /// The roster to plan on: unavailable days are not available.
    public var roster: Roster
    /// The assignments behind `scenario.pins`, in order.
    public var pinned: [IncidentAssignment]
    /// Held people who no longer pass the rules (the roster changed under them), kept as they
    /// are: each with the sentence saying why.
    public var kept: [(assignment: IncidentAssignment, reason: String, japaneseReason: String)]
    /// People held by other open incidents on days of this one, never proposed then.
    public var heldElsewhere: [HeldElsewhere]

    /// The input for `incident`.
    /// - Throws: ``OperationsError/invalid(_:)`` when the incident itself no longer fits the
    ///   roster (a request from a municipality the roster has lost).
    public static func make(
        _ incident: Incident, requests: [IncidentRequest], assignments: [IncidentAssignment], roster: Roster,
        heldElsewhere: [HeldElsewhere], unavailable: [Unavailability]
    ) throws(OperationsError) -> PlanInput {
        let available = availableRoster(roster, without: unavailable)
        var (scenario, held) = IncidentScenario.make(incident, requests: requests, assignments: assignments)
        let problems = ScenarioCheck.problems(in: scenario, against: available)
        let incidentProblems = problems.filter { if case .pin = $0.location { false } else { true } }
            .map {
                Problem(
                    field: nil, rule: "stored-roster", message: "the stored roster: \($0.message)",
                    japanese: "登録されている名簿: \($0.japanese)")
            }
        guard incidentProblems.isEmpty else { throw .invalid(incidentProblems) }
        var reasons: [Int: (english: String, japanese: String)] = [:]
        for problem in problems {
            if case .pin(let index) = problem.location, reasons[index] == nil {
                reasons[index] = (problem.message, problem.japanese)
            }
        }
        var checkable = scenario
        checkable.pins = scenario.pins.enumerated().filter { reasons[$0.offset] == nil }.map(\.element)
        let checkableIndices = scenario.pins.indices.filter { reasons[$0] == nil }
        for problem in Planner.pinProblems(roster: available, scenario: checkable)
        where checkableIndices.indices.contains(problem.pin) {
            reasons[checkableIndices[problem.pin]] =
                reasons[checkableIndices[problem.pin]] ?? (problem.message, problem.japanese)
        }
        let kept = held.indices.compactMap { index in
            reasons[index].map { (assignment: held[index], reason: $0.english, japaneseReason: $0.japanese) }
        }
        scenario.pins = scenario.pins.indices.filter { reasons[$0] == nil }.map { scenario.pins[$0] }
        held = held.indices.filter { reasons[$0] == nil }.map { held[$0] }
        scenario.occupations += kept.map { IncidentScenario.occupation($0.0) }
        let (occupations, overlapping) = occupations(of: heldElsewhere, in: scenario)
        scenario.occupations += occupations
        return PlanInput(scenario: scenario, roster: available, pinned: held, kept: kept, heldElsewhere: overlapping)
    }

    /// `roster` with the days of every unavailability in force taken out of its people's
    /// availability.
    static func availableRoster(_ roster: Roster, without unavailable: [Unavailability]) -> Roster {
        var away: [StaffID: [DayRange]] = [:]
        for entry in unavailable where entry.isInForce { away[entry.staff, default: []].append(entry.days) }
        guard !away.isEmpty else { return roster }
        var result = roster
        for index in result.staff.indices {
            guard let ranges = away[result.staff[index].id] else { continue }
            result.staff[index].availability = ranges.reduce(result.staff[index].availability) { kept, range in
                kept.flatMap { $0.subtracting(range) }
            }
        }
        return result
    }

    /// The periods of `scenario` that people held elsewhere are taken in; and those of them
    /// that overlap at all.
    static func occupations(of heldElsewhere: [HeldElsewhere], in scenario: Scenario)
        -> ([Occupation], [HeldElsewhere])
    {
        var occupations: [Occupation] = []
        var overlapping: [HeldElsewhere] = []
        let pinned = Set(scenario.pins.map { PeriodOf(staff: $0.staff, period: $0.period) })
        for held in heldElsewhere {
            let window = held.assignment.window
            let fromStart = scenario.start.days(to: window.from)
            let toEnd = scenario.start.days(to: window.to)
            guard toEnd >= 0 else { continue }
            let first = max(0, fromStart) / scenario.rotationDays
            let last = toEnd / scenario.rotationDays
            var any = false
            for period in first...last where !pinned.contains(PeriodOf(staff: held.assignment.staff, period: period)) {
                occupations.append(
                    Occupation(staff: held.assignment.staff, period: period, supplier: held.assignment.supplier))
                any = true
            }
            if any { overlapping.append(held) }
        }
        return (occupations, overlapping)
    }

    private struct PeriodOf: Hashable {
        var staff: StaffID
        var period: Int
    }
}

import CounterpartCore

/// The planning rule of FORMATS.md: periods planned in order, each at minimum cost given
/// the periods before it and the pins. A pure function of the roster and the scenario.
public enum Planner {
    /// Plans `scenario` on `roster`.
    ///
    /// The scenario must already be valid against the roster (``ScenarioCheck``).
    /// - Throws: ``PlanningError/badPins(_:)`` when pins alone break a rule.
    /// Complexity: per period, linear in staff to build the network, then ``MinCostFlow``.
    public static func plan(roster: Roster, scenario: Scenario) throws(PlanningError) -> Plan {
        try plan(roster: roster, scenario: scenario, usesPricing: true)
    }

    /// The problems of `scenario`'s pins alone (rules 1–6, more pins than a request's
    /// headcount), in pin order: what ``plan(roster:scenario:)`` would refuse.
    public static func pinProblems(roster: Roster, scenario: Scenario) -> [PinProblem] {
        PinValidation.problems(
            scenario: scenario, roster: roster, context: PlanningContext(roster: roster, scenario: scenario))
    }

    static func plan(roster: Roster, scenario: Scenario, usesPricing: Bool) throws(PlanningError) -> Plan {
        let context = PlanningContext(roster: roster, scenario: scenario)
        let pinProblems = PinValidation.problems(scenario: scenario, roster: roster, context: context)
        guard pinProblems.isEmpty else { throw .badPins(pinProblems) }
        var run = PlanRun(roster: roster, scenario: scenario, context: context)
        run.solver.usesPricing = usesPricing
        let periods = (0..<scenario.periodCount).map { run.planPeriod($0) }
        return Plan(scenario: scenario.id, periods: periods)
    }
}

/// The state carried from one period to the next while a plan is made.
struct PlanRun {
    let scenario: Scenario
    let context: PlanningContext
    /// The roster's staff in ascending id order; people are referred to by index.
    let staff: [StaffPerson]
    let staffIndex: [StaffID: Int]
    /// For each category, the people (indices) with that skill outside the affected area.
    let skilledOutside: [JobCategory: [Int]]
    /// Pins by period, as (person, request id).
    let pinsByPeriod: [Int: [(person: Int, request: RequestID)]]
    /// For each person kept away from some requests (declines), those requests.
    let exclusionsByPerson: [Int: Set<RequestID>]
    /// Earlier proposals by period, as person → request id.
    let preferencesByPeriod: [Int: [Int: RequestID]]
    /// Occupations by period.
    let occupationsByPeriod: [Int: [Occupation]]
    var record: ServiceRecord
    var solver: PeriodSolver

    init(roster: Roster, scenario: Scenario, context: PlanningContext) {
        self.scenario = scenario
        self.context = context
        staff = roster.staff.sorted { $0.id < $1.id }
        staffIndex = Dictionary(staff.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var skilled: [JobCategory: [Int]] = [:]
        for (person, someone) in staff.enumerated() where !context.affected.contains(someone.municipality) {
            for category in someone.skills { skilled[category, default: []].append(person) }
        }
        skilledOutside = skilled
        var pins: [Int: [(person: Int, request: RequestID)]] = [:]
        var pinned = [Set<Int>](repeating: [], count: staff.count)
        for pin in scenario.pins {
            guard let person = staffIndex[pin.staff] else { continue }
            pins[pin.period, default: []].append((person, pin.request))
            pinned[person].insert(pin.period)
        }
        pinsByPeriod = pins
        var occupations: [Int: [Occupation]] = [:]
        for occupation in scenario.occupations where occupation.period >= 0 {
            occupations[occupation.period, default: []].append(occupation)
            if let person = staffIndex[occupation.staff] { pinned[person].insert(occupation.period) }
        }
        occupationsByPeriod = occupations
        var exclusions: [Int: Set<RequestID>] = [:]
        for exclusion in scenario.exclusions {
            guard let person = staffIndex[exclusion.staff] else { continue }
            exclusions[person, default: []].insert(exclusion.request)
        }
        exclusionsByPerson = exclusions
        var preferences: [Int: [Int: RequestID]] = [:]
        for preference in scenario.preferences {
            guard let person = staffIndex[preference.staff] else { continue }
            preferences[preference.period, default: [:]][person] = preference.request
        }
        preferencesByPeriod = preferences
        // More consecutive periods than the scenario has can never be served: the smaller
        // number bounds the loops of rule 5 whatever a policy says.
        record = ServiceRecord(
            staffCount: staff.count, pinnedPeriods: pinned,
            maxConsecutive: min(scenario.policy.maxConsecutivePeriods, max(1, scenario.periodCount)))
        solver = PeriodSolver(staff: staff, context: context, policy: scenario.policy)
    }

    mutating func planPeriod(_ period: Int) -> PeriodPlan {
        let active = scenario.requests
            .compactMap { request in scenario.window(of: request, inPeriod: period).map { (request, $0) } }
            .sorted { $0.0.id < $1.0.id }
        let pins = pinsByPeriod[period] ?? []
        var filled: [RequestID: Int] = [:]
        var used: [LocalGovernmentCode: Int] = [:]
        var assignments: [Assignment] = []
        for pin in pins {
            guard let request = context.requests[pin.request],
                let window = scenario.window(of: request, inPeriod: period)
            else { continue }
            filled[pin.request, default: 0] += 1
            used[staff[pin.person].municipality, default: 0] += 1
            assignments.append(assignment(person: pin.person, request: request, window: window, isPinned: true))
        }
        var taken = Set(pins.map(\.person))
        for occupation in occupationsByPeriod[period] ?? [] {
            used[occupation.supplier, default: 0] += 1
            if let request = occupation.request { filled[request, default: 0] += 1 }
            if let person = staffIndex[occupation.staff] { taken.insert(person) }
        }
        var problem = PeriodProblem(
            requests: active.map {
                PeriodProblem.OpenRequest(
                    request: $0.0, window: $0.1, openSlots: $0.0.headcount - (filled[$0.0.id] ?? 0))
            }
            .filter { $0.openSlots > 0 },
            candidates: staff.indices.filter { person in
                !taken.contains(person) && !context.affected.contains(staff[person].municipality)
                    && !record.isResting(person, in: period) && !record.isReserved(person, in: period)
            },
            capacityLeft: context.capacity.mapValues { $0 }.merging(used) { capacity, pinned in capacity - pinned }
                .filter { context.capacity[$0.key] != nil })
        problem.exclusions = exclusions(of: problem)
        problem.preferences = preferences(in: period, of: problem)
        problem.laterProposals = Set(
            (period + 1...period + record.maxConsecutive)
                .flatMap { preferencesByPeriod[$0]?.keys ?? [:].keys })
        for (person, request) in solver.solve(problem) {
            let open = problem.requests[request]
            filled[open.request.id, default: 0] += 1
            used[staff[person].municipality, default: 0] += 1
            assignments.append(assignment(person: person, request: open.request, window: open.window, isPinned: false))
        }
        for assignment in assignments {
            if let person = staffIndex[assignment.staff] { record.record(person, in: period) }
        }
        assignments.sort { ($0.request, $0.staff) < ($1.request, $1.staff) }
        let shortfalls = ShortfallAnalysis(run: self, period: period, assignments: assignments, used: used)
            .shortfalls(active: active, filled: filled)
        let cost = assignments.reduce(0) { total, assignment in
            total + scenario.policy.cost(of: assignment.tier) + assignment.distanceKm
                - scenario.policy.value(of: context.requests[assignment.request]!.priority)
        }
        return PeriodPlan(
            index: period, days: scenario.days(ofPeriod: period), cost: cost,
            assignments: assignments, shortfalls: shortfalls)
    }

    /// The declines that bear on this period, as indices into the problem's requests.
    private func exclusions(of problem: PeriodProblem) -> [Int: [Int]] {
        guard !exclusionsByPerson.isEmpty else { return [:] }
        let position = Dictionary(
            problem.requests.enumerated().map { ($1.request.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Int: [Int]] = [:]
        for (person, requests) in exclusionsByPerson {
            let indices = requests.compactMap { position[$0] }.sorted()
            if !indices.isEmpty { result[person] = indices }
        }
        return result
    }

    /// The earlier proposals of this period whose request is still open, as request indices.
    private func preferences(in period: Int, of problem: PeriodProblem) -> [Int: Int] {
        guard let wanted = preferencesByPeriod[period] else { return [:] }
        let position = Dictionary(
            problem.requests.enumerated().map { ($1.request.id, $0) }, uniquingKeysWith: { first, _ in first })
        return wanted.compactMapValues { position[$0] }
    }

    private func assignment(person: Int, request: DispatchRequest, window: DayRange, isPinned: Bool) -> Assignment {
        let someone = staff[person]
        let entry = context.costs.entry(supplier: someone.municipality, requester: request.municipality)
        return Assignment(
            request: request.id, staff: someone.id, supplier: someone.municipality, tier: entry.tier,
            distanceKm: entry.distanceKm, window: window, isPinned: isPinned)
    }
}

import Testing

@testable import CounterpartCore
@testable import CounterpartPlanner
@testable import CounterpartSynthesis

/// The planner against an exhaustive search on many small random instances: every period's
/// cost must equal the least possible given the plan's own earlier periods and the pins,
/// and every assignment must obey rules 1–6.
@Suite struct PlannerPropertyTests {
    typealias F = PlannerFixtures

    static func instance(seed: UInt64) -> (Roster, Scenario) {
        var random = SeededGenerator(seed: seed)
        let codes = [F.matsuyama, F.uwajima, F.toon, F.kamijima, F.ainan, F.shikokuchuo]
        let categories: [JobCategory] = [.shelter, .health, .water]
        let staff = (0..<random.integer(in: 2...6)).map { number -> StaffPerson in
            let skills = categories.filter { _ in random.chance(0.5) }
            let start = F.day("2026-11-01").adding(days: random.below(10) - 2)
            let available =
                random.chance(0.2)
                ? [] : [try! DayRange(from: start, to: start.adding(days: random.integer(in: 3...20)))]
            return F.person(
                "p\(number)", random.pick(codes), skills.isEmpty ? [.shelter] : skills, available: available)
        }
        let capacities = Dictionary(
            uniqueKeysWithValues: codes.compactMap { code in random.chance(0.3) ? (code, random.below(3)) : nil })
        let roster = F.roster(staff: staff, capacities: capacities)
        let affected = random.chance(0.7) ? [F.uwajima] : [F.uwajima, random.pick([F.toon, F.ainan])]
        let requests = (0..<random.integer(in: 1...3)).map { number -> DispatchRequest in
            let from = F.day("2026-10-30").adding(days: random.below(18))
            return DispatchRequest(
                id: RequestID("r\(number)"), municipality: random.pick(affected), category: random.pick(categories),
                headcount: random.integer(in: 1...3),
                days: try! DayRange(from: from, to: from.adding(days: random.below(12))),
                priority: random.pick(Priority.allCases))
        }
        let policy = PlanningPolicy(
            tierCost: [
                .primary: random.below(300), .secondary: random.below(2000), .group: random.below(3000),
                .prefecture: random.below(4000),
            ],
            priorityValue: [
                .critical: random.integer(in: 50...5000), .high: random.integer(in: 50...3000),
                .normal: random.integer(in: 0...2000),
            ],
            maxConsecutivePeriods: random.integer(in: 1...2))
        var scenario = F.scenario(requests, policy: policy, affected: affected)
        // Pins: a few tries, each kept only when the pins so far are still valid.
        for _ in 0..<random.below(3) {
            let request = random.pick(requests)
            guard let first = scenario.period(of: max(request.days.from, scenario.start)) else { continue }
            var trial = scenario
            trial.pins.append(Pin(request: request.id, staff: random.pick(staff).id, period: first))
            if ScenarioCheck.problems(in: trial).isEmpty, (try? Planner.plan(roster: roster, scenario: trial)) != nil {
                scenario = trial
            }
        }
        // Declines: people kept away from a request (never one of its pins).
        for _ in 0..<random.below(4) {
            let exclusion = Exclusion(request: random.pick(requests).id, staff: random.pick(staff).id)
            if !scenario.pins.contains(where: { $0.request == exclusion.request && $0.staff == exclusion.staff }) {
                scenario.exclusions.append(exclusion)
            }
        }
        // Earlier proposals (soft): they may only break ties, never raise a period's cost.
        for _ in 0..<random.below(4) {
            scenario.preferences.append(
                Preference(request: random.pick(requests).id, staff: random.pick(staff).id, period: random.below(3)))
        }
        return (roster, scenario)
    }

    @Test(arguments: 0..<400)
    func everyPeriodIsOptimalAndLawful(seed: Int) throws {
        let (roster, scenario) = Self.instance(seed: UInt64(seed))
        let plan = try Planner.plan(roster: roster, scenario: scenario)
        let brute = ExhaustivePlanner(roster: roster, scenario: scenario)
        var served: [StaffID: Set<Int>] = [:]
        #expect(plan.periods.map(\.index) == Array(0..<scenario.periodCount))
        for period in plan.periods {
            #expect(
                period.cost == brute.minimumCost(period: period.index, served: served),
                "seed \(seed), period \(period.index)")
            checkLawful(period, roster: roster, scenario: scenario, served: served, brute: brute)
            for assignment in period.assignments { served[assignment.staff, default: []].insert(period.index) }
        }
    }

    func checkLawful(
        _ period: PeriodPlan, roster: Roster, scenario: Scenario, served: [StaffID: Set<Int>], brute: ExhaustivePlanner
    ) {
        let k = scenario.policy.maxConsecutivePeriods
        var perRequest: [RequestID: Int] = [:]
        var perMunicipality: [LocalGovernmentCode: Int] = [:]
        var total = 0
        for assignment in period.assignments {
            let person = roster.staff.first { $0.id == assignment.staff }!
            let request = scenario.requests.first { $0.id == assignment.request }!
            let window = scenario.window(of: request, inPeriod: period.index)
            #expect(window == assignment.window)
            #expect(person.skills.contains(request.category))  // rule 1
            #expect(!scenario.affected.contains(person.municipality))  // rule 2
            #expect(!scenario.exclusions.contains(Exclusion(request: request.id, staff: person.id)))  // declines
            #expect(window.map(person.isAvailable(throughout:)) == true)  // rule 3
            if period.index >= k {
                // rule 5
                #expect(!((period.index - k)..<period.index).allSatisfy { served[person.id, default: []].contains($0) })
            }
            perRequest[request.id, default: 0] += 1
            perMunicipality[person.municipality, default: 0] += 1
            #expect(assignment.tier == brute.tier(person.municipality, for: request.municipality))
            #expect(assignment.distanceKm == brute.kilometres(person.municipality, request.municipality))
            total += brute.cost(person: person, request: request)
        }
        #expect(Set(period.assignments.map(\.staff)).count == period.assignments.count)  // rule 4
        for (code, count) in perMunicipality {
            if let limit = roster.municipalities.first(where: { $0.code == code })?.dispatchCapacity {
                #expect(count <= limit)
            }  // rule 6
        }
        for (id, count) in perRequest { #expect(count <= scenario.requests.first { $0.id == id }!.headcount) }
        for pin in scenario.pins where pin.period == period.index {
            #expect(period.assignments.contains { $0.staff == pin.staff && $0.request == pin.request })  // pins kept
        }
        #expect(total == period.cost)
        let ids = period.assignments.map { "\($0.request)\u{0}\($0.staff)" }
        #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}

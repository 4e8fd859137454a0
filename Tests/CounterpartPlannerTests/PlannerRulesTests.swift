import Testing

@testable import CounterpartCore
@testable import CounterpartPlanner

/// Hand-computed plans, one rule at a time. For the requester 宇和島市 the suppliers cost
/// (tier cost + km): 松山 primary 0 + 71 = 71, 東温 secondary 1000 + 69 = 1069,
/// 上島 secondary 1000 + 129 = 1129, 愛南 group 2000 + 29 = 2029, 四国中央 prefecture 3000 + 124 = 3124.
@Suite struct PlannerRulesTests {
    typealias F = PlannerFixtures

    let everyTier = [
        F.person("m1", F.matsuyama), F.person("t1", F.toon), F.person("k1", F.kamijima),
        F.person("a1", F.ainan), F.person("s1", F.shikokuchuo),
    ]

    @Test func suppliersAreTakenInCounterpartOrder() throws {
        let plan = try F.plan(F.roster(staff: everyTier), F.scenario([F.request("r-001", 3)]))
        #expect(plan.periods.count == 1)
        let period = plan.periods[0]
        #expect(period.pairs == ["r-001:k1", "r-001:m1", "r-001:t1"])
        #expect(period.assignments.map(\.tier) == [.secondary, .primary, .secondary])
        #expect(period.assignments.map(\.distanceKm) == [129, 71, 69])
        #expect(period.cost == -3_000_000 + 71 + 1069 + 1129)
        #expect(period.shortfalls.isEmpty)
        #expect(period.assignments[0].window == F.range("2026-11-02", "2026-11-07"))
    }

    @Test func aDeclinedPersonIsNotProposedAgainForThatRequest() throws {
        // m1 (primary, 71) declined r-001: the two cheapest left are 東温 (1069) and 上島 (1129).
        var scenario = F.scenario([F.request("r-001", 2)])
        scenario.exclusions = [Exclusion(request: "r-001", staff: "m1")]
        let period = try F.plan(F.roster(staff: everyTier), scenario).periods[0]
        #expect(period.pairs == ["r-001:k1", "r-001:t1"])
        #expect(period.cost == -2_000_000 + 1069 + 1129)
    }

    @Test func aDeclineKeepsThePersonFreeForOtherRequests() throws {
        // m1 declined r-001 only; r-002 (same category) still gets m1, its cheapest.
        var scenario = F.scenario([F.request("r-001", 1), F.request("r-002", 1)])
        scenario.exclusions = [Exclusion(request: "r-001", staff: "m1")]
        let period = try F.plan(F.roster(staff: everyTier), scenario).periods[0]
        #expect(period.pairs == ["r-001:t1", "r-002:m1"])
    }

    @Test func anEarlierProposalWinsATieButNeverCostsMore() throws {
        // Two 松山 people cost the same (71): without a preference the lower id, m1, is taken;
        // with m2 proposed earlier, m2 stays. A preference for 東温 (1069) changes nothing.
        let staff = [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama), F.person("t1", F.toon)]
        var scenario = F.scenario([F.request("r-001", 1)])
        #expect(try F.plan(F.roster(staff: staff), scenario).periods[0].pairs == ["r-001:m1"])
        scenario.preferences = [Preference(request: "r-001", staff: "m2", period: 0)]
        #expect(try F.plan(F.roster(staff: staff), scenario).periods[0].pairs == ["r-001:m2"])
        scenario.preferences = [Preference(request: "r-001", staff: "t1", period: 0)]
        let period = try F.plan(F.roster(staff: staff), scenario).periods[0]
        #expect(period.pairs == ["r-001:m1"])
        #expect(period.cost == -1_000_000 + 71)
    }

    @Test func someoneProposedForTheNextPeriodIsNotTakenNowWhenAnotherCostsTheSame() throws {
        // Period 0 needs one 松山 person; m1 (the lower id) was proposed for period 1, where
        // serving now would make them rest. m2 costs the same, so m2 serves now and m1 stays.
        let staff = [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama)]
        var scenario = F.scenario([F.request("r-001", 1, from: "2026-11-02", to: "2026-11-14")])
        scenario.preferences = [Preference(request: "r-001", staff: "m1", period: 1)]
        let plan = try F.plan(F.roster(staff: staff), scenario)
        #expect(plan.periods.map(\.pairs) == [["r-001:m2"], ["r-001:m1"]])
    }

    @Test func groupAndPrefectureTiersComeLast() throws {
        let period = try F.plan(F.roster(staff: everyTier), F.scenario([F.request("r-001", 6)])).periods[0]
        #expect(Set(period.assignments.map(\.tier)) == [.primary, .secondary, .group, .prefecture])
        #expect(period.assignments.first { $0.staff == "a1" }?.tier == .group)
        #expect(period.assignments.first { $0.staff == "s1" }?.tier == .prefecture)
        #expect(period.cost == -5_000_000 + 71 + 1069 + 1129 + 2029 + 3124)
        #expect(
            period.shortfalls == [Shortfall(request: "r-001", category: .shelter, missing: 1, reason: .noSkilledPerson)]
        )
    }

    @Test func aRequesterInNoPairingSeesOnlyThePrefectureTier() throws {
        // 東温 is affected in no pairing: every supplier is "prefecture"; 松山 is 11 km away.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let scenario = F.scenario([F.request("r-001", at: F.toon)], affected: [F.toon])
        let assignment = try F.plan(roster, scenario).periods[0].assignments[0]
        #expect(assignment.tier == .prefecture && assignment.distanceKm == 11)
    }

    @Test func rule1TheSkillMustMatch() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama, [.general]), F.person("t1", F.toon)])
        #expect(try F.plan(roster, F.scenario([F.request("r-001")])).periods[0].pairs == ["r-001:t1"])
    }

    @Test func rule2NobodyFromAnAffectedMunicipality() throws {
        let roster = F.roster(staff: [F.person("u1", F.uwajima), F.person("a1", F.ainan)])
        let period = try F.plan(roster, F.scenario([F.request("r-001")], affected: [F.uwajima, F.ainan])).periods[0]
        #expect(period.assignments.isEmpty)
        #expect(period.shortfalls.map(\.reason) == [.noSkilledPerson])
    }

    @Test func rule3AvailableOnEveryDayOfTheWindow() throws {
        let partly = F.person("m1", F.matsuyama, available: [F.range("2026-11-02", "2026-11-06")])
        let period = try F.plan(F.roster(staff: [partly, F.person("t1", F.toon)]), F.scenario([F.request("r-001", 2)]))
            .periods[0]
        #expect(period.pairs == ["r-001:t1"])
        #expect(
            period.shortfalls == [Shortfall(request: "r-001", category: .shelter, missing: 1, reason: .unavailable)])
        // Touching intervals cover the window.
        let joined = F.person(
            "m1", F.matsuyama, available: [F.range("2026-11-02", "2026-11-04"), F.range("2026-11-05", "2026-11-07")])
        #expect(
            try F.plan(F.roster(staff: [joined]), F.scenario([F.request("r-001")])).periods[0].pairs == ["r-001:m1"])
    }

    @Test func rule4OnePersonOneSlotAndTheMoreValuableRequestWins() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let scenario = F.scenario([F.request("r-001", priority: .normal), F.request("r-002", priority: .critical)])
        let period = try F.plan(roster, scenario).periods[0]
        #expect(period.pairs == ["r-002:m1"])
        #expect(period.cost == -1_000_000 + 71)
        #expect(
            period.shortfalls == [Shortfall(request: "r-001", category: .shelter, missing: 1, reason: .usedElsewhere)])
    }

    @Test func theOptimumIsNotTheGreedyChoice() throws {
        // Greedy in request order would give m1 to r-001 and leave the nurse's request empty.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama, [.shelter, .health]), F.person("t1", F.toon)])
        let scenario = F.scenario([F.request("r-001"), F.request("r-002", category: .health)])
        let period = try F.plan(roster, scenario).periods[0]
        #expect(period.pairs == ["r-001:t1", "r-002:m1"])
        #expect(period.cost == -2_000_000 + 71 + 1069)
    }

    @Test func rule5WhoServedRestsNextPeriod() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama), F.person("t1", F.toon)])
        let plan = try F.plan(roster, F.scenario([F.request("r-001", from: "2026-11-02", to: "2026-11-20")]))
        #expect(plan.periods.map(\.pairs) == [["r-001:m1"], ["r-001:t1"], ["r-001:m1"]])
        #expect(plan.periods[1].cost == -1_000_000 + 1069)
        #expect(plan.periods[2].assignments[0].window == F.range("2026-11-15", "2026-11-20"))
    }

    @Test func rule5WithTwoConsecutivePeriodsAllowed() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let scenario = F.scenario(
            [F.request("r-001", from: "2026-11-02", to: "2026-11-30")],
            policy: PlanningPolicy(maxConsecutivePeriods: 2))
        let plan = try F.plan(roster, scenario)
        #expect(plan.periods.map(\.pairs) == [["r-001:m1"], ["r-001:m1"], [], ["r-001:m1"], ["r-001:m1"]])
        #expect(plan.periods[2].shortfalls.map(\.reason) == [.resting])
    }

    @Test func rule6DispatchCapacity() throws {
        let roster = F.roster(
            staff: [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama), F.person("t1", F.toon)],
            capacities: [F.matsuyama: 1])
        let period = try F.plan(roster, F.scenario([F.request("r-001", 3)])).periods[0]
        #expect(period.pairs == ["r-001:m1", "r-001:t1"])
        #expect(period.shortfalls == [Shortfall(request: "r-001", category: .shelter, missing: 1, reason: .capacity)])
    }

    @Test func aZeroCapacityLetsNobodyGo() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)], capacities: [F.matsuyama: 0])
        let period = try F.plan(roster, F.scenario([F.request("r-001")])).periods[0]
        #expect(period.assignments.isEmpty && period.shortfalls.map(\.reason) == [.capacity])
    }

    @Test func anAssignmentThatDoesNotLowerTheCostIsNotMade() throws {
        // Value 71 against cost 71 (primary, 71 km): cost 0, not worth it; value 72 is.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let zero = F.scenario(
            [F.request("r-001", priority: .normal)], policy: PlanningPolicy(priorityValue: [.normal: 71]))
        let period = try F.plan(roster, zero).periods[0]
        #expect(period.assignments.isEmpty && period.cost == 0)
        #expect(period.shortfalls.map(\.reason) == [.notWorthTheCost])
        let gain = F.scenario(
            [F.request("r-001", priority: .normal)], policy: PlanningPolicy(priorityValue: [.normal: 72]))
        #expect(try F.plan(roster, gain).periods[0].cost == -1)
    }

    @Test func tierCostsComeFromThePolicy() throws {
        // A cheap prefecture tier makes 四国中央 (3124 by default) cheaper than 松山: 0 + 124 < 500 + 71.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama), F.person("s1", F.shikokuchuo)])
        let policy = PlanningPolicy(tierCost: [.primary: 500, .prefecture: 0])
        let period = try F.plan(roster, F.scenario([F.request("r-001")], policy: policy)).periods[0]
        #expect(period.pairs == ["r-001:s1"] && period.cost == -1_000_000 + 124)
    }

    @Test func everyPeriodIsListedAndDaysBeforeTheStartAreNotPlanned() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let scenario = F.scenario([
            F.request("r-001", from: "2026-10-20", to: "2026-11-03"),
            F.request("r-002", from: "2026-11-16", to: "2026-11-16"),
        ])
        let plan = try F.plan(roster, scenario)
        #expect(plan.periods.map(\.index) == [0, 1, 2])
        #expect(plan.periods[0].assignments[0].window == F.range("2026-11-01", "2026-11-03"))
        #expect(plan.periods[1].assignments.isEmpty && plan.periods[1].shortfalls.isEmpty && plan.periods[1].cost == 0)
        #expect(plan.periods[1].days == F.range("2026-11-08", "2026-11-14"))
        #expect(plan.periods[2].pairs == ["r-002:m1"])
    }

    @Test func noRequestOnOrAfterTheStartMeansNoPeriods() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        #expect(
            try F.plan(roster, F.scenario([F.request("r-001", from: "2026-10-01", to: "2026-10-31")])).periods.isEmpty)
    }

    @Test func equalPeopleAreTakenInStaffIdOrder() throws {
        let roster = F.roster(staff: [
            F.person("m-3", F.matsuyama), F.person("m-1", F.matsuyama), F.person("m-2", F.matsuyama),
        ])
        let first = try F.plan(roster, F.scenario([F.request("r-001", 2)]))
        #expect(first.periods[0].pairs == ["r-001:m-1", "r-001:m-2"])
        #expect(try F.plan(roster, F.scenario([F.request("r-001", 2)])) == first)
    }
}

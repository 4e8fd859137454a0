import Testing

@testable import CounterpartCore
@testable import CounterpartPlanner

/// People taken by what a plan keeps unchecked: another incident, or history.
@Suite struct PlannerOccupationTests {
    typealias F = PlannerFixtures

    @Test func aPersonHeldElsewhereIsNotProposedInThatPeriod() throws {
        // m1 (松山, 71 km) would be cheapest; held elsewhere in period 0, t1 (東温, 1069) goes.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama), F.person("t1", F.toon)])
        var scenario = F.scenario([F.request("r-001")])
        scenario.occupations = [Occupation(staff: "m1", period: 0, supplier: F.matsuyama)]
        #expect(try F.plan(roster, scenario).periods[0].pairs == ["r-001:t1"])
    }

    @Test func anOccupationCountsAgainstItsMunicipalitysCapacity() throws {
        // 松山 may send one person a period; m1 is held elsewhere, so m2 may not go either.
        let roster = F.roster(
            staff: [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama), F.person("t1", F.toon)],
            capacities: [F.matsuyama: 1])
        var scenario = F.scenario([F.request("r-001")])
        scenario.occupations = [Occupation(staff: "m1", period: 0, supplier: F.matsuyama)]
        #expect(try F.plan(roster, scenario).periods[0].pairs == ["r-001:t1"])
    }

    @Test func anOccupationOfARequestFillsItsSlotWithoutBeingChecked() throws {
        // "gone" is no longer in the roster, but was there: its slot of r-001 stays filled.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        var scenario = F.scenario([F.request("r-001", 2)])
        scenario.occupations = [Occupation(staff: "gone", period: 0, supplier: F.matsuyama, request: "r-001")]
        let period = try F.plan(roster, scenario).periods[0]
        #expect(period.pairs == ["r-001:m1"] && period.shortfalls.isEmpty)
    }

    @Test func anOccupationCountsAsServedForRuleFive() throws {
        // m1 served elsewhere in period 0; with one period in a row, m1 rests in period 1.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama), F.person("t1", F.toon)])
        var scenario = F.scenario([F.request("r-001", from: "2026-11-09", to: "2026-11-14")])
        scenario.occupations = [Occupation(staff: "m1", period: 0, supplier: F.matsuyama)]
        #expect(try F.plan(roster, scenario).periods.map(\.pairs) == [[], ["r-001:t1"]])
    }

    @Test func aHugeRunLimitIsBoundedByThePeriodsThereAre() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let scenario = F.scenario(
            [F.request("r-001", from: "2026-11-02", to: "2026-11-21")],
            policy: PlanningPolicy(maxConsecutivePeriods: Int(Int32.max)))
        let clock = ContinuousClock()
        let started = clock.now
        #expect(try F.plan(roster, scenario).periods.map(\.pairs) == [["r-001:m1"], ["r-001:m1"], ["r-001:m1"]])
        #expect(clock.now - started < .seconds(5))
    }
}

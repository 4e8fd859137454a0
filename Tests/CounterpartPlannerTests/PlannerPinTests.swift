import Testing

@testable import CounterpartCore
@testable import CounterpartPlanner

@Suite struct PlannerPinTests {
    typealias F = PlannerFixtures

    @Test func aPinIsKeptEvenWhenSomeoneCheaperIsFree() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama), F.person("t1", F.toon)])
        let scenario = F.scenario([F.request("r-001")], pins: [Pin(request: "r-001", staff: "t1", period: 0)])
        let period = try F.plan(roster, scenario).periods[0]
        #expect(period.pairs == ["r-001:t1"] && period.assignments[0].isPinned)
        #expect(period.cost == -1_000_000 + 1069)
    }

    @Test func aPinReservesItsPersonInThePeriodBefore() throws {
        // m1 is pinned in period 1, so with one period in a row allowed m1 may not serve in period 0.
        let roster = F.roster(staff: [F.person("m1", F.matsuyama), F.person("t1", F.toon)])
        let scenario = F.scenario(
            [F.request("r-001", from: "2026-11-02", to: "2026-11-14")],
            pins: [Pin(request: "r-001", staff: "m1", period: 1)])
        let plan = try F.plan(roster, scenario)
        #expect(plan.periods.map(\.pairs) == [["r-001:t1"], ["r-001:m1"]])
    }

    @Test func withTwoPeriodsInARowThePersonMayServeBeforeItsPin() throws {
        let roster = F.roster(staff: [F.person("m1", F.matsuyama)])
        let scenario = F.scenario(
            [F.request("r-001", from: "2026-11-02", to: "2026-11-21")],
            pins: [Pin(request: "r-001", staff: "m1", period: 1)],
            policy: PlanningPolicy(maxConsecutivePeriods: 2))
        #expect(try F.plan(roster, scenario).periods.map(\.pairs) == [["r-001:m1"], ["r-001:m1"], []])
    }

    @Test func pinsCountAgainstHeadcountAndCapacity() throws {
        let roster = F.roster(
            staff: [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama), F.person("t1", F.toon)],
            capacities: [F.matsuyama: 1])
        let scenario = F.scenario([F.request("r-001", 2)], pins: [Pin(request: "r-001", staff: "m2", period: 0)])
        #expect(try F.plan(roster, scenario).periods[0].pairs == ["r-001:m2", "r-001:t1"])
    }

    func problems(
        _ staff: [StaffPerson], _ requests: [DispatchRequest], _ pins: [Pin],
        capacities: [LocalGovernmentCode: Int] = [:], policy: PlanningPolicy = .defaults
    ) -> [PinProblem] {
        do {
            _ = try Planner.plan(
                roster: F.roster(staff: staff, capacities: capacities),
                scenario: F.scenario(requests, pins: pins, policy: policy))
            return []
        } catch {
            guard case .badPins(let problems) = error else { return [] }
            return problems
        }
    }

    @Test func aPersonPinnedTwiceInOnePeriodIsBadInput() {
        let found = problems(
            [F.person("m1", F.matsuyama)], [F.request("r-001"), F.request("r-002")],
            [Pin(request: "r-001", staff: "m1", period: 0), Pin(request: "r-002", staff: "m1", period: 0)])
        #expect(found.map(\.pin) == [1] && found[0].message.contains("(rule 4)"))
    }

    @Test func morePinsThanHeadcountIsBadInput() {
        let found = problems(
            [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama)], [F.request("r-001")],
            [Pin(request: "r-001", staff: "m1", period: 0), Pin(request: "r-001", staff: "m2", period: 0)])
        #expect(found.map(\.pin) == [1] && found[0].message.contains("headcount of 1"))
    }

    @Test func pinsMustPassRulesOneToThree() {
        let found = problems(
            [
                F.person("m1", F.matsuyama, [.general]), F.person("u1", F.uwajima),
                F.person("t1", F.toon, available: [F.range("2026-11-03", "2026-11-30")]),
            ],
            [F.request("r-001", 3)],
            [
                Pin(request: "r-001", staff: "m1", period: 0), Pin(request: "r-001", staff: "u1", period: 0),
                Pin(request: "r-001", staff: "t1", period: 0),
            ])
        #expect(found.map(\.pin) == [0, 1, 2])
        #expect(found.map { $0.message.suffix(8) } == ["(rule 1)", "(rule 2)", "(rule 3)"])
        #expect(
            found.map(\.japanese) == [
                "m1 を r-001 の第1期に指定: 「避難所運営」の技能がありません（規則1）",
                "u1 を r-001 の第1期に指定: 所属の 382035 自身が被災市町です（規則2）",
                "t1 を r-001 の第1期に指定: 11/2(月)〜11/7(土) の全日には応援できません（規則3）",
            ])
    }

    @Test func pinsInConsecutivePeriodsBeyondTheLimitAreBadInput() {
        let request = F.request("r-001", from: "2026-11-02", to: "2026-11-21")
        let pins = [Pin(request: "r-001", staff: "m1", period: 0), Pin(request: "r-001", staff: "m1", period: 1)]
        let found = problems([F.person("m1", F.matsuyama)], [request], pins)
        #expect(found.map(\.pin) == [1] && found[0].message.contains("(rule 5)"))
        #expect(
            problems([F.person("m1", F.matsuyama)], [request], pins, policy: PlanningPolicy(maxConsecutivePeriods: 2))
                .isEmpty)
    }

    @Test func morePinsThanCapacityIsBadInput() {
        let found = problems(
            [F.person("m1", F.matsuyama), F.person("m2", F.matsuyama)], [F.request("r-001", 2)],
            [Pin(request: "r-001", staff: "m1", period: 0), Pin(request: "r-001", staff: "m2", period: 0)],
            capacities: [F.matsuyama: 1])
        #expect(found.map(\.pin) == [1] && found[0].message.contains("(rule 6)"))
        #expect(found[0].japanese == "m2 を r-001 の第1期に指定: この期の指定が 382019 の派遣可能数 1人を超えます（規則6）")
    }
}

import CounterpartCore
import CounterpartPlanner
import CounterpartReports
import Testing

@Suite struct PlanTextTests {
    @Test func aPlanWithShortfalls() throws {
        try Golden.check(
            PlanText.render(PlanFixtures.plan, roster: ReportFixtures.roster, scenario: PlanFixtures.scenario),
            "plan.txt")
    }

    @Test func aPlanOfNoPeriods() {
        let scenario = Scenario(id: "empty", start: ReportFixtures.day("2026-04-01"), rotationDays: 1)
        #expect(
            PlanText.render(Plan(scenario: "empty", periods: []), roster: ReportFixtures.roster, scenario: scenario)
                == "empty (empty): 0 periods of 1 days from 2026-04-01\n")
    }
}

@Suite struct PlanTextJapaneseTests {
    @Test func aPlanWithShortfalls() throws {
        try Golden.checkJapanese(
            PlanText.render(
                PlanFixtures.plan, roster: ReportFixtures.roster, scenario: PlanFixtures.scenario, language: .japanese),
            "plan.ja.txt")
    }

    @Test func aPlanOfNoPeriods() {
        let scenario = Scenario(id: "empty", start: ReportFixtures.day("2026-04-01"), rotationDays: 1)
        #expect(
            PlanText.render(
                Plan(scenario: "empty", periods: []), roster: ReportFixtures.roster, scenario: scenario,
                language: .japanese) == "empty (empty)\n  2026年4月1日(水)から1日ごとの交代で全0期\n")
    }
}

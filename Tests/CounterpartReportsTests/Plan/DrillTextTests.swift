import CounterpartCore
import CounterpartPlanner
import CounterpartReports
import Testing

@Suite struct DrillTextTests {
    /// The plan, then every shortfall, whom to call in C (no liaison: its disaster
    /// manager) and D, and the headquarters.
    @Test func aDrillWithShortfalls() throws {
        try Golden.check(
            DrillText.render(PlanFixtures.plan, roster: ReportFixtures.roster, scenario: PlanFixtures.scenario),
            "drill.txt")
    }

    @Test func aDrillWithoutShortfalls() {
        var plan = PlanFixtures.plan
        plan.periods = [plan.periods[0]]
        plan.periods[0].shortfalls = []
        let text = DrillText.render(plan, roster: ReportFixtures.roster, scenario: PlanFixtures.scenario)
        #expect(
            text.hasSuffix(
                """

                Shortfalls and escalation 不足と上申
                  No shortfalls: the prefecture's groups fill every request of this drill. Nothing to escalate.

                """))
    }
}

@Suite struct DrillTextJapaneseTests {
    @Test func aDrillWithShortfalls() throws {
        try Golden.checkJapanese(
            DrillText.render(
                PlanFixtures.plan, roster: ReportFixtures.roster, scenario: PlanFixtures.scenario, language: .japanese),
            "drill.ja.txt")
    }

    @Test func aDrillWithoutShortfalls() {
        var plan = PlanFixtures.plan
        plan.periods = [plan.periods[0]]
        plan.periods[0].shortfalls = []
        let text = DrillText.render(
            plan, roster: ReportFixtures.roster, scenario: PlanFixtures.scenario, language: .japanese)
        #expect(
            text.hasSuffix(
                """

                不足と上申
                  不足なし: 県内のグループでこの訓練の応援要請をすべて満たせます。上申は不要です。

                """))
    }
}

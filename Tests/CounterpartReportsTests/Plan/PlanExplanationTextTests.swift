import CounterpartCore
import CounterpartReports
import Testing

@testable import CounterpartPlanner

@Suite struct PlanExplanationTextTests {
    @Test func everyVerdict() throws {
        try Golden.check(
            PlanExplanationText.render(PlanFixtures.explanation, roster: ReportFixtures.roster), "plan-explanation.txt")
    }

    @Test func everyVerdictInJapanese() throws {
        try Golden.checkJapanese(
            PlanExplanationText.render(PlanFixtures.explanation, roster: ReportFixtures.roster, language: .japanese),
            "plan-explanation.ja.txt")
    }

    @Test func aRequestActiveInNoPeriodInJapanese() {
        let request = PlanFixtures.scenario.requests[1]
        #expect(
            PlanExplanationText.render(
                PlanExplanation(request: request, periods: []), roster: ReportFixtures.roster, language: .japanese)
                    == """
                    R2: 宇和島市 382035、保健師、1人、4/1(水)〜4/3(金)、高
                      計画したどの期にも当たりません

                    """)
    }

    @Test func aRequestActiveInNoPeriodAndAPeriodWithoutSuppliers() {
        let request = PlanFixtures.scenario.requests[1]
        #expect(
            PlanExplanationText.render(PlanExplanation(request: request, periods: []), roster: ReportFixtures.roster)
                == """
                R2: 宇和島市 382035, 保健師 health, 1 people, 2026-04-01 – 2026-04-03, 高 high
                  not active in any planned period

                """)
        let period = PlanExplanation.Period(index: 0, window: request.days, filled: 0, headcount: 1, suppliers: [])
        #expect(
            PlanExplanationText.render(
                PlanExplanation(request: request, periods: [period]), roster: ReportFixtures.roster) == """
                    R2: 宇和島市 382035, 保健師 health, 1 people, 2026-04-01 – 2026-04-03, 高 high

                    Period 0  window 2026-04-01 – 2026-04-03  filled 0/1
                      nobody outside the affected area has this skill

                    """)
    }
}

import CounterpartCore
import Testing

@testable import CounterpartCoverage

@Suite struct CoverageScenarioTests {
    typealias F = CoverageFixtures

    @Test func onePairGivesOneRequestPerMunicipalityAndCategoryWithAHeadcount() {
        let scenario = CoverageScenario.make(
            hits: HitSet([F.e, F.c]), profile: F.profile, roster: F.roster, start: F.effective)
        #expect(scenario.id == "coverage-382035+382051")
        #expect(scenario.affected == [F.c, F.e])
        #expect(scenario.rotationDays == 7 && scenario.start == F.effective && scenario.pins.isEmpty)
        #expect(scenario.policy == .defaults)
        // 宇和島市 (10,000): shelter 2, health 1, waste 1; 新居浜市 (no population): the minimums
        // 1 and 1, and no waste request (minimum 0).
        #expect(
            scenario.requests.map { "\($0.id) \($0.headcount) \($0.priority)" } == [
                "382035-shelter 2 critical", "382035-health 1 high", "382035-waste 1 normal",
                "382051-shelter 1 critical", "382051-health 1 high",
            ])
    }

    @Test func eachRequestIsCutToItsFirstRotationPeriod() {
        let scenario = CoverageScenario.make(
            hits: HitSet([F.c]), profile: F.profile, roster: F.roster, start: F.effective)
        // shelter 14 days → the 7 days of period 0; health 7 days; waste 3 days.
        #expect(
            scenario.requests.map { "\($0.days.from) \($0.days.to)" } == [
                "2026-04-01 2026-04-07", "2026-04-01 2026-04-07", "2026-04-01 2026-04-03",
            ])
        #expect(scenario.periodCount == 1)
    }
}

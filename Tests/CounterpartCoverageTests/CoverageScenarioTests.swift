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

    /// Issue 14, item 24: 2147483647 days (the largest a demand file can say) run past the
    /// calendar's last day; the request ends on it, as a scenario's periods do, and the sweep
    /// plans it: nobody is free for all of it.
    @Test func theLongestRotationEndsOnTheCalendarsLastDay() {
        var profile = F.profile
        profile.rotationDays = Int(Int32.max)
        for index in profile.needs.indices { profile.needs[index].days = Int(Int32.max) }
        let scenario = CoverageScenario.make(
            hits: HitSet([F.c]), profile: profile, roster: F.roster, start: F.effective)
        #expect(scenario.requests.allSatisfy { $0.days.from == F.effective && $0.days.to.daysSinceEpoch == Int32.max })
        #expect(CoverageScenario.lastDay(from: F.effective, days: 7) == (try! CalendarDay("2026-04-07")))
        let results = CoverageSweep(roster: F.roster, profile: profile, start: F.effective, depth: 1).run(workers: 1)
        #expect(results.allSatisfy { $0.categories.allSatisfy { $0.filled == 0 } })
    }
}

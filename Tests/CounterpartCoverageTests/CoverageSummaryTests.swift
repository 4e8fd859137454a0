import CounterpartCore
import Testing

@testable import CounterpartCoverage

@Suite struct CoverageSummaryTests {
    @Test func theSummaryOfTheSmallSweep() {
        let summary = CoverageSummary(results: CoverageFixtures.sweep(depth: 2).run(workers: 2))
        #expect(summary.singles == 5 && summary.pairs == 10)
        #expect(
            summary.shortSingles == [.init(hit: CoverageFixtures.a, shortages: [.init(category: .shelter, missing: 2)])]
        )
        // Short pairs: all but C+D and C+E. Health is short in A+B, A+D, A+E, B+D, B+E, D+E;
        // waste in A+B, A+C, A+D, A+E, B+C; shelter in the four pairs with A.
        #expect(summary.shortPairs == 8)
        #expect(summary.pairCategories.map { "\($0.category) \($0.pairs)" } == ["health 6", "waste 5", "shelter 4"])
    }

    /// Single hits only. People sent: A hit B 3, C 2, D 2, E 3; B hit A 3, C 2 (c-1, c-2),
    /// E 1 (e-2, 29 km from 今治 against 86 for d-3); C hit D 3, E 1; D hit E 3; E hit B 2
    /// (今治 is the nearest, 29 km). E: 8 in 4 sets; B and D: 5 in 2 sets (codes break the
    /// tie); C 4; A 3.
    @Test func theSupportersReliedOnMost() {
        let summary = CoverageSummary(results: CoverageFixtures.sweep(depth: 1).run(workers: 2))
        #expect(
            summary.supporters.map { "\($0.supplier) \($0.people) \($0.sets)" } == [
                "382051 8 4", "382027 5 2", "382043 5 2", "382035 4 2", "382019 3 1",
            ])
        #expect(
            CoverageSummary(results: CoverageFixtures.sweep(depth: 1).run(workers: 2), topSupporters: 2).supporters
                .count == 2)
    }

    @Test func anEmptySweepSaysNothingIsShort() {
        let summary = CoverageSummary(results: [])
        #expect(summary.shortSingles.isEmpty && summary.supporters.isEmpty && summary.pairs == 0)
    }
}

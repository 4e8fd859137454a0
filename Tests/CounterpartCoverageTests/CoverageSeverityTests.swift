import CounterpartCore
import Testing

@testable import CounterpartCoverage

@Suite struct CoverageSeverityTests {
    /// Missing (critical, high, normal) per pair, from ``CoverageSweepTests``:
    /// A+B (8,1,1), A+C (5,0,2), A+D (5,1,1), A+E (4,1,1), B+C (0,0,1), B+D (0,1,0),
    /// B+E (0,1,0), C+D covered, C+E covered, D+E (0,1,0). A+D comes before A+C (same
    /// critical, more high); B+D, B+E and D+E tie and go by codes.
    @Test func singlesFirstThenPairsMostMissingAtCriticalThenHighThenNormal() {
        let order = CoverageSeverity.sorted(CoverageFixtures.sweep(depth: 2).run(workers: 2)).map(\.hits.description)
        #expect(
            order == [
                "382019", "382027", "382035", "382043", "382051",
                "382019+382027", "382019+382043", "382019+382035", "382019+382051",
                "382027+382043", "382027+382051", "382043+382051", "382027+382035",
                "382035+382043", "382035+382051",
            ])
    }

    @Test func criticalOutweighsAnyNumberMissingAtHigh() {
        let codes = [CoverageFixtures.a, CoverageFixtures.b]
        let critical = CoverageResult(
            hits: HitSet([codes[1]]),
            categories: [
                CategoryCoverage(category: .shelter, priority: .critical, needed: 1)
            ])
        let high = CoverageResult(
            hits: HitSet([codes[0]]),
            categories: [
                CategoryCoverage(category: .health, priority: .high, needed: 50)
            ])
        #expect(CoverageSeverity.sorted([high, critical]) == [critical, high])
    }
}

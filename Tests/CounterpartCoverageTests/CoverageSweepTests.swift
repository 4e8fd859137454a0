import CounterpartCore
import Testing

@testable import CounterpartCoverage

/// The sweep of ``CoverageFixtures`` worked by hand.
///
/// How the numbers were found: the priority values (1,000,000 / 100,000 / 10,000) dwarf
/// every tier cost (0 / 1,000 / 2,000 / 3,000) and distance (at most 106 km here), so each
/// period first fills as many slots as it can, critical before high before normal, and only
/// then picks the cheapest tiers. Every person has one skill, so categories compete only
/// through 松山市 A's dispatch capacity of 3. Each line below is
/// `category needed filled | primary secondary group prefecture`.
@Suite struct CoverageSweepTests {
    static let expected: [String: [String]] = [
        // A hit: shelter from B (primary) b-1 b-2, C (secondary) c-1, D and E (prefecture) d-1 d-2 e-1:
        // 6 of 8. Health b-3 (primary) and e-2 (prefecture). Waste c-2 (secondary), e-3 (prefecture).
        "382019": ["shelter 8 6 | 2 1 0 3", "health 2 2 | 1 0 0 1", "waste 2 2 | 0 1 0 1"],
        // B hit: A (primary, capacity 3) sends its 3 shelter people (a third shelter person saves
        // 3,000, its waste person only 1,000); c-1 (secondary) the fourth; health from E
        // (prefecture); waste c-2 (secondary).
        "382027": ["shelter 4 4 | 3 1 0 0", "health 1 1 | 0 0 0 1", "waste 1 1 | 0 1 0 0"],
        // C hit: D (primary) d-1 d-2 shelter and d-3 health; waste e-3 from E (secondary).
        "382035": ["shelter 2 2 | 2 0 0 0", "health 1 1 | 1 0 0 0", "waste 1 1 | 0 1 0 0"],
        // D hit: E (primary) has one of each.
        "382043": ["shelter 1 1 | 1 0 0 0", "health 1 1 | 1 0 0 0", "waste 1 1 | 1 0 0 0"],
        // E hit: no pairing, minimums (population unknown), no waste (minimum 0): all prefecture.
        "382051": ["shelter 1 1 | 0 0 0 1", "health 1 1 | 0 0 0 1"],
        // A+B: only C, D, E send. Shelter c-1 (secondary for both) + d-1 d-2 e-1: 4 of 12;
        // health d-3 e-2: 2 of 3; waste c-2 (secondary), e-3: 2 of 3.
        "382019+382027": ["shelter 12 4 | 0 1 0 3", "health 3 2 | 0 0 0 2", "waste 3 2 | 0 1 0 1"],
        // A+C: B, D, E send. Shelter: b-1 b-2 → A (primary), d-1 d-2 → C (primary), e-1 → A
        // (3,000; e-1 → C at 1,000 would push a D person to A at 3,000): 5 of 10. Health b-3 → A,
        // d-3 → C (primary), e-2 → A. Waste: only e-3, to C (secondary): 1 of 3.
        "382019+382035": ["shelter 10 5 | 4 0 0 1", "health 3 3 | 2 0 0 1", "waste 3 1 | 0 1 0 0"],
        // A+D: B, C, E send. Shelter b-1 b-2 → A, e-1 → D (primary), c-1 → A (secondary): 4 of 9.
        // Health b-3 → A, e-2 → D: 2 of 3. Waste c-2 → A (secondary), e-3 → D (primary): 2 of 3.
        "382019+382043": ["shelter 9 4 | 3 1 0 0", "health 3 2 | 2 0 0 0", "waste 3 2 | 1 1 0 0"],
        // A+E: B, C, D send. Shelter b-1 b-2 (primary), c-1 (secondary), d-1 d-2 (prefecture):
        // 5 of 9. Health b-3 → A, d-3 (prefecture): 2 of 3. Waste c-2 (secondary): 1 of 2.
        "382019+382051": ["shelter 9 5 | 2 1 0 2", "health 3 2 | 1 0 0 1", "waste 2 1 | 0 1 0 0"],
        // B+C: A's capacity goes to its 3 shelter people → B (a shelter slot is worth more than a
        // waste slot); d-1 d-2 → C (primary); e-1 → B. Health d-3 → C, e-2 → B. Waste e-3 → C
        // (secondary); a-4 cannot go (A at capacity): 1 of 2.
        "382027+382035": ["shelter 6 6 | 5 0 0 1", "health 2 2 | 1 0 0 1", "waste 2 1 | 0 1 0 0"],
        // B+D: shelter A's 3 → B, c-1 → B (secondary), e-1 → D (primary). Health: only e-2, to D
        // (primary): 1 of 2. Waste c-2 → B (secondary), e-3 → D (primary).
        "382027+382043": ["shelter 5 5 | 4 1 0 0", "health 2 1 | 1 0 0 0", "waste 2 2 | 1 1 0 0"],
        // B+E: shelter A's 3 → B, c-1 → B, a D person → E (prefecture). Health: only d-3
        // (prefecture for both): 1 of 2. Waste (B only) c-2 (secondary).
        "382027+382051": ["shelter 5 5 | 3 1 0 1", "health 2 1 | 0 0 0 1", "waste 1 1 | 0 1 0 0"],
        // C+D: A, B, E send. e-1 e-2 e-3 → D (primary); C gets two shelter people, b-3 and a-4
        // from the prefecture tier (E is C's secondary, but it is cheaper to keep E on D).
        "382035+382043": ["shelter 3 3 | 1 0 0 2", "health 2 2 | 1 0 0 1", "waste 2 2 | 1 0 0 1"],
        // C+E: d-1 d-2 d-3 → C (primary); E's shelter and health, and C's waste (a-4), prefecture.
        "382035+382051": ["shelter 3 3 | 2 0 0 1", "health 2 2 | 1 0 0 1", "waste 1 1 | 0 0 0 1"],
        // D+E: A, B, C send. c-1 and c-2 → D (group Y); E's shelter from the prefecture tier;
        // health: only b-3, 1 of 2.
        "382043+382051": ["shelter 2 2 | 0 0 1 1", "health 2 1 | 0 0 0 1", "waste 1 1 | 0 0 1 0"],
    ]

    static func lines(_ result: CoverageResult) -> [String] {
        result.categories.map { coverage in
            let tiers = coverage.filledByTier
            return
                "\(coverage.category) \(coverage.needed) \(coverage.filled) | \(tiers.primary) \(tiers.secondary) \(tiers.group) \(tiers.prefecture)"
        }
    }

    @Test func everySingleAndPairMatchesTheHandWorkedFigures() {
        let results = CoverageFixtures.sweep(depth: 2).run(workers: 2)
        #expect(results.count == 15)
        for result in results {
            #expect(Self.lines(result) == Self.expected[result.hits.description], "\(result.hits)")
        }
    }

    @Test func missingIsNeededMinusFilledByPriority() {
        let results = Dictionary(
            uniqueKeysWithValues: CoverageFixtures.sweep(depth: 2).run(workers: 2).map { ($0.hits.description, $0) })
        let byPriority = { (hits: String) in Priority.allCases.map { results[hits]!.missing(at: $0) } }
        #expect(byPriority("382019") == [2, 0, 0])
        #expect(byPriority("382019+382027") == [8, 1, 1])
        #expect(byPriority("382019+382035") == [5, 0, 2])
        #expect(byPriority("382035+382043") == [0, 0, 0])
        #expect(results["382035+382043"]!.isCovered)
    }

    @Test func theSuppliersOfASetAreCountedPerMunicipality() {
        // A hit: B sends b-1 b-2 b-3; C c-1 c-2; D d-1 d-2; E e-1, e-3 and e-2 (新居浜 is 50 km
        // from 松山, 八幡浜 52 km, so E's nurse is the cheaper prefecture-tier one).
        let result = CoverageFixtures.sweep(depth: 1).evaluate(HitSet([CoverageFixtures.a]))
        #expect(
            result.suppliers.map { "\($0.supplier):\($0.people)" } == ["382027:3", "382035:2", "382043:2", "382051:3"])
    }

    @Test func anUnknownPopulationIsNamed() {
        let result = CoverageFixtures.sweep(depth: 1).evaluate(HitSet([CoverageFixtures.e]))
        #expect(result.populationUnknown == [CoverageFixtures.e])
        #expect(CoverageFixtures.sweep(depth: 1).evaluate(HitSet([CoverageFixtures.a])).populationUnknown == [])
    }

    @Test func parallelAndSequentialSweepsGiveTheSameResults() {
        let sweep = CoverageFixtures.sweep(depth: 2)
        let sequential = sweep.sets.map(sweep.evaluate)
        #expect(sweep.run(workers: 1) == sequential)
        #expect(sweep.run(workers: 2) == sequential)
        #expect(sweep.run(workers: 8) == sequential)
    }

    @Test func thePrefectureIsNeverHit() {
        #expect(
            CoverageFixtures.sweep(depth: 1).sets.map(\.description) == [
                "382019", "382027", "382035", "382043", "382051",
            ])
    }
}

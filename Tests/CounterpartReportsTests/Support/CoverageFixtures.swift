import CounterpartCore
import CounterpartCoverage
import CounterpartPlanner
import CounterpartReports

/// A coverage sweep of depth 2 on ``ReportFixtures/roster``, its results built by hand:
///
///     hits     shelter (critical)     health (high)    waste (normal)   suppliers
///     A        8: 3+2 → 3 missing     2: 2             2: group 1 → 1   B 5, C 3
///     B        4: 4                   1: 1             1: secondary 1   A 4, C 2
///     D        1: prefecture 1        1: 0 → 1         —                E 1        (population unknown)
///     A + D    9: 3+2+1+1 → 2         3: 2 → 1         2: 0 → 2         B 5, C 2, E 1
///     B + C    6: 4 + group 2         2: 2             2: secondary 2   A 6, D 2, E 2
///
/// Reported A, D, B, then A + D, B + C. Supporters: A and B 10 people in 2 sets each
/// (A first by code), C 7 in 3, E 4 in 3, D 2 in 1.
enum CoverageFixtures {
    typealias F = ReportFixtures

    static let profile = DemandProfile(
        id: "quake", name: "南予地震（震度6強）想定", rotationDays: 7,
        needs: [
            DemandNeed(category: .shelter, hundredthsPerTenThousand: 200, minimum: 1, days: 14, priority: .critical),
            DemandNeed(category: .health, hundredthsPerTenThousand: 50, minimum: 1, days: 7, priority: .high),
            DemandNeed(category: .waste, hundredthsPerTenThousand: 50, minimum: 0, days: 3, priority: .normal),
        ])

    static let results = [
        CoverageResult(
            hits: HitSet([F.b]),
            categories: [
                shelter(4, TierCounts(primary: 4, secondary: 0, group: 0, prefecture: 0)),
                health(1, TierCounts(primary: 1, secondary: 0, group: 0, prefecture: 0)),
                waste(1, TierCounts(primary: 0, secondary: 1, group: 0, prefecture: 0)),
            ], suppliers: [SupplierShare(supplier: F.a, people: 4), SupplierShare(supplier: F.c, people: 2)]),
        CoverageResult(
            hits: HitSet([F.a, F.d]),
            categories: [
                shelter(9, TierCounts(primary: 3, secondary: 2, group: 1, prefecture: 1), [.capacity]),
                health(3, TierCounts(primary: 2, secondary: 0, group: 0, prefecture: 0), [.noSkilledPerson]),
                waste(2, TierCounts(), [.usedElsewhere]),
            ],
            suppliers: [
                SupplierShare(supplier: F.b, people: 5), SupplierShare(supplier: F.c, people: 2),
                SupplierShare(supplier: F.e, people: 1),
            ], populationUnknown: [F.d]),
        CoverageResult(
            hits: HitSet([F.a]),
            categories: [
                shelter(
                    8, TierCounts(primary: 3, secondary: 2, group: 0, prefecture: 0), [.noSkilledPerson, .capacity]),
                health(2, TierCounts(primary: 2, secondary: 0, group: 0, prefecture: 0)),
                waste(2, TierCounts(primary: 0, secondary: 0, group: 1, prefecture: 0), [.usedElsewhere]),
            ], suppliers: [SupplierShare(supplier: F.b, people: 5), SupplierShare(supplier: F.c, people: 3)]),
        CoverageResult(
            hits: HitSet([F.b, F.c]),
            categories: [
                shelter(6, TierCounts(primary: 4, secondary: 0, group: 2, prefecture: 0)),
                health(2, TierCounts(primary: 2, secondary: 0, group: 0, prefecture: 0)),
                waste(2, TierCounts(primary: 0, secondary: 2, group: 0, prefecture: 0)),
            ],
            suppliers: [
                SupplierShare(supplier: F.a, people: 6), SupplierShare(supplier: F.d, people: 2),
                SupplierShare(supplier: F.e, people: 2),
            ]),
        CoverageResult(
            hits: HitSet([F.d]),
            categories: [
                shelter(1, TierCounts(primary: 0, secondary: 0, group: 0, prefecture: 1)),
                health(1, TierCounts(), [.noSkilledPerson]),
            ], suppliers: [SupplierShare(supplier: F.e, people: 1)], populationUnknown: [F.d]),
    ]

    /// The report as `coverage --depth 2` makes it, the start day taken from the roster.
    static let report = CoverageReport(
        roster: F.roster, profile: profile, start: F.roster.effective, startSource: "the roster's effective day",
        depth: 2, results: results)

    static func shelter(_ needed: Int, _ filled: TierCounts, _ reasons: [ShortfallReason] = []) -> CategoryCoverage {
        CategoryCoverage(
            category: .shelter, priority: .critical, needed: needed, filledByTier: filled, reasons: reasons)
    }

    static func health(_ needed: Int, _ filled: TierCounts, _ reasons: [ShortfallReason] = []) -> CategoryCoverage {
        CategoryCoverage(category: .health, priority: .high, needed: needed, filledByTier: filled, reasons: reasons)
    }

    static func waste(_ needed: Int, _ filled: TierCounts, _ reasons: [ShortfallReason] = []) -> CategoryCoverage {
        CategoryCoverage(category: .waste, priority: .normal, needed: needed, filledByTier: filled, reasons: reasons)
    }
}

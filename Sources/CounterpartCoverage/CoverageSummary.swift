import CounterpartCore

/// What a whole sweep comes to, on one screen: the single hits the roster cannot cover and
/// in which categories, how many pairs fall short and in what, and the supporters relied on most.
public struct CoverageSummary: Hashable, Sendable {
    /// One category short in some hit, with how many people are missing.
    public struct Shortage: Hashable, Sendable {
        /// The category.
        public var category: JobCategory
        /// People missing.
        public var missing: Int
    }

    /// A single hit that leaves a shortfall.
    public struct ShortSingle: Hashable, Sendable {
        /// The hit municipality.
        public var hit: LocalGovernmentCode
        /// Its short categories, in canonical order.
        public var shortages: [Shortage]
    }

    /// A category with the number of pairs in which it is short.
    public struct PairCategory: Hashable, Sendable {
        /// The category.
        public var category: JobCategory
        /// Pairs in which it is short.
        public var pairs: Int
    }

    /// A municipality that supplied people, over all sets.
    public struct Supporter: Hashable, Sendable {
        /// The supplier.
        public var supplier: LocalGovernmentCode
        /// People supplied, summed over all sets.
        public var people: Int
        /// Sets in which it supplied anyone.
        public var sets: Int
    }

    /// Single hits tried.
    public var singles = 0
    /// Single hits with a shortfall, most severe first.
    public var shortSingles: [ShortSingle] = []
    /// Pairs tried.
    public var pairs = 0
    /// Pairs with a shortfall.
    public var shortPairs = 0
    /// Categories short in some pair, most often short first (then canonical order).
    public var pairCategories: [PairCategory] = []
    /// The supporters relied on most: by people supplied, then sets, then code.
    public var supporters: [Supporter] = []

    /// The summary of `results`, naming at most `topSupporters` supporters.
    public init(results: [CoverageResult], topSupporters: Int = 5) {
        let ordered = CoverageSeverity.sorted(results)
        var pairCounts = [Int](repeating: 0, count: JobCategory.allCases.count)
        var people: [LocalGovernmentCode: (people: Int, sets: Int)] = [:]
        for result in ordered {
            for share in result.suppliers {
                let sum = people[share.supplier] ?? (0, 0)
                people[share.supplier] = (sum.people + share.people, sum.sets + 1)
            }
            if result.hits.size == 1 {
                singles += 1
                guard !result.isCovered else { continue }
                shortSingles.append(
                    ShortSingle(
                        hit: result.hits.codes[0],
                        shortages: result.shortCategories.map {
                            Shortage(category: $0.category, missing: $0.missing)
                        }))
            } else {
                pairs += 1
                if !result.isCovered { shortPairs += 1 }
                for coverage in result.shortCategories { pairCounts[coverage.category.ordinal] += 1 }
            }
        }
        pairCategories = JobCategory.allCases.filter { pairCounts[$0.ordinal] > 0 }
            .map { PairCategory(category: $0, pairs: pairCounts[$0.ordinal]) }
            .sorted { $0.pairs != $1.pairs ? $0.pairs > $1.pairs : $0.category < $1.category }
        supporters = Array(
            people.map { Supporter(supplier: $0.key, people: $0.value.people, sets: $0.value.sets) }
                .sorted { ($1.people, $1.sets, $0.supplier) < ($0.people, $0.sets, $1.supplier) }
                .prefix(topSupporters))
    }
}

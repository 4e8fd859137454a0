import CounterpartCore
import CounterpartPlanner

/// What the first rotation period of one hit set's plan gave: per category needed, filled
/// by tier and missing, and who supplied the people.
public struct CoverageResult: Hashable, Sendable {
    /// The hit municipalities.
    public var hits: HitSet
    /// The categories with a need above zero, in canonical category order.
    public var categories: [CategoryCoverage]
    /// The municipalities that sent people, ascending by code.
    public var suppliers: [SupplierShare]
    /// Hit municipalities whose population the roster lacks: their minimums were used.
    public var populationUnknown: [LocalGovernmentCode]

    /// A result.
    public init(
        hits: HitSet, categories: [CategoryCoverage], suppliers: [SupplierShare] = [],
        populationUnknown: [LocalGovernmentCode] = []
    ) {
        self.hits = hits
        self.categories = categories
        self.suppliers = suppliers
        self.populationUnknown = populationUnknown
    }

    /// People needed over all categories.
    public var needed: Int { categories.reduce(0) { $0 + $1.needed } }
    /// People missing over all categories.
    public var missing: Int { categories.reduce(0) { $0 + $1.missing } }
    /// Whether every need is filled.
    public var isCovered: Bool { missing == 0 }
    /// The categories with someone missing.
    public var shortCategories: [CategoryCoverage] { categories.filter { $0.missing > 0 } }
    /// People filled, tier by tier, over all categories.
    public var filledByTier: TierCounts { categories.reduce(TierCounts()) { $0 + $1.filledByTier } }

    /// People missing in categories of `priority`.
    public func missing(at priority: Priority) -> Int {
        categories.reduce(0) { $0 + ($1.priority == priority ? $1.missing : 0) }
    }

    /// The result of period 0 of `plan`, made from `scenario` for `hits`.
    init(hits: HitSet, scenario: Scenario, plan: Plan, roster: Roster) {
        let period = plan.periods.first
        let requests = Dictionary(scenario.requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byCategory: [JobCategory: CategoryCoverage] = [:]
        for request in scenario.requests {
            byCategory[
                request.category,
                default: CategoryCoverage(
                    category: request.category, priority: request.priority, needed: 0)
            ].needed += request.headcount
        }
        var suppliers: [LocalGovernmentCode: Int] = [:]
        for assignment in period?.assignments ?? [] {
            guard let category = requests[assignment.request]?.category else { continue }
            byCategory[category]?.filledByTier[assignment.tier] += 1
            suppliers[assignment.supplier, default: 0] += 1
        }
        for shortfall in period?.shortfalls ?? []
        where byCategory[shortfall.category]?.reasons.contains(shortfall.reason) == false {
            byCategory[shortfall.category]?.reasons.append(shortfall.reason)
        }
        let reasonOrder = { (reason: ShortfallReason) in ShortfallReason.allCases.firstIndex(of: reason)! }
        let known = Set(roster.municipalities.filter { $0.population != nil }.map(\.code))
        self.init(
            hits: hits,
            categories: byCategory.values.sorted { $0.category < $1.category }.map { coverage in
                var sorted = coverage
                sorted.reasons.sort { reasonOrder($0) < reasonOrder($1) }
                return sorted
            },
            suppliers: suppliers.map { SupplierShare(supplier: $0.key, people: $0.value) }.sorted {
                $0.supplier < $1.supplier
            },
            populationUnknown: hits.codes.filter { !known.contains($0) })
    }
}

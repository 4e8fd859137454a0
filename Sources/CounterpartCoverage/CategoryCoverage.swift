import CounterpartCore
import CounterpartPlanner

/// How one job category fared in one hit set: needed over all hit municipalities, filled
/// in rotation period 0, who filled it, and why the rest could not be.
public struct CategoryCoverage: Hashable, Sendable {
    /// The category.
    public var category: JobCategory
    /// Its priority in the demand profile.
    public var priority: Priority
    /// People needed, summed over the hit municipalities.
    public var needed: Int
    /// People assigned, by the tier of their municipality for the requester.
    public var filledByTier: TierCounts
    /// The reasons of the shortfalls, in ``ShortfallReason`` order, each once.
    public var reasons: [ShortfallReason]

    /// A category's coverage.
    public init(
        category: JobCategory, priority: Priority, needed: Int, filledByTier: TierCounts = TierCounts(),
        reasons: [ShortfallReason] = []
    ) {
        self.category = category
        self.priority = priority
        self.needed = needed
        self.filledByTier = filledByTier
        self.reasons = reasons
    }

    /// People assigned.
    public var filled: Int { filledByTier.total }
    /// People missing (escalated to the national scheme in a real incident).
    public var missing: Int { needed - filled }
}

/// How many people one municipality supplied in one hit set.
public struct SupplierShare: Hashable, Sendable {
    /// The supplying municipality.
    public var supplier: LocalGovernmentCode
    /// People it sent.
    public var people: Int

    /// A share.
    public init(supplier: LocalGovernmentCode, people: Int) {
        self.supplier = supplier
        self.people = people
    }
}

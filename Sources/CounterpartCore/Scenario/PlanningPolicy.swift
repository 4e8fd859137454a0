/// The numbers of the planning rule that a scenario may set; every one has a default.
public struct PlanningPolicy: Hashable, Sendable {
    /// Cost of one assignment from a supplier of each tier; every tier has an entry.
    public private(set) var tierCost: [Tier: Int]
    /// Value of filling one slot of a request of each priority (subtracted from the cost);
    /// every priority has an entry.
    public private(set) var priorityValue: [Priority: Int]
    /// How many periods in a row a person may serve before resting (at least 1).
    public private(set) var maxConsecutivePeriods: Int

    /// The default tier costs of FORMATS.md.
    public static let defaultTierCost: [Tier: Int] = [.primary: 0, .secondary: 1000, .group: 2000, .prefecture: 3000]
    /// The default priority values of FORMATS.md.
    public static let defaultPriorityValue: [Priority: Int] = [.critical: 1_000_000, .high: 100_000, .normal: 10_000]

    /// The defaults of FORMATS.md.
    public static let defaults = PlanningPolicy()

    /// A policy; tiers and priorities not given take their defaults.
    public init(tierCost: [Tier: Int] = [:], priorityValue: [Priority: Int] = [:], maxConsecutivePeriods: Int = 1) {
        precondition(maxConsecutivePeriods >= 1, "maxConsecutivePeriods is at least 1")
        self.tierCost = PlanningPolicy.defaultTierCost.merging(tierCost) { _, given in given }
        self.priorityValue = PlanningPolicy.defaultPriorityValue.merging(priorityValue) { _, given in given }
        self.maxConsecutivePeriods = maxConsecutivePeriods
    }

    /// The cost of one assignment from a supplier of `tier`.
    public func cost(of tier: Tier) -> Int { tierCost[tier]! }

    /// The value of filling one slot of a request of `priority`.
    public func value(of priority: Priority) -> Int { priorityValue[priority]! }
}

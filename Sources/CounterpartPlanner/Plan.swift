import CounterpartCore

/// A plan: for every rotation period, who goes where, what it costs, and what could not be filled.
public struct Plan: Hashable, Sendable {
    /// The scenario's id.
    public var scenario: String
    /// Every period from 0 through the one holding the latest request's `to`, empty ones included.
    public var periods: [PeriodPlan]

    /// A plan.
    public init(scenario: String, periods: [PeriodPlan]) {
        self.scenario = scenario
        self.periods = periods
    }
}

/// One rotation period of a plan.
public struct PeriodPlan: Hashable, Sendable {
    /// The period's index (0 starts on the scenario's start day).
    public var index: Int
    /// The period's days.
    public var days: DayRange
    /// Σ over assignments (tier cost + distance − priority value): the quantity the plan minimises.
    public var cost: Int
    /// The assignments, pins included, ordered by request id then staff id.
    public var assignments: [Assignment]
    /// The active requests that got fewer than their headcount, ordered by request id.
    public var shortfalls: [Shortfall]
}

/// One person sent to one request for one period's window.
public struct Assignment: Hashable, Sendable {
    /// The request filled.
    public var request: RequestID
    /// The person sent.
    public var staff: StaffID
    /// The person's municipality (the supplier).
    public var supplier: LocalGovernmentCode
    /// The supplier's tier for the requester.
    public var tier: Tier
    /// Haversine distance from supplier to requester, whole kilometres.
    public var distanceKm: Int
    /// The request's window in this period: the days the person is away.
    public var window: DayRange
    /// Whether the assignment was confirmed beforehand (a pin).
    public var isPinned: Bool
}

/// A request that a period could not fill completely: what the prefecture escalates.
public struct Shortfall: Hashable, Sendable {
    /// The request.
    public var request: RequestID
    /// Its category.
    public var category: JobCategory
    /// How many people are missing.
    public var missing: Int
    /// Which constraint kept it short.
    public var reason: ShortfallReason
}

/// The binding reason of a shortfall.
public enum ShortfallReason: String, Hashable, Sendable, CaseIterable {
    /// Too few people outside the affected area have the skill (none at all, or all of them
    /// already on this request).
    case noSkilledPerson
    /// People with the skill exist, but none is available for the whole window.
    case unavailable
    /// Available people with the skill are resting (rule 5).
    case resting
    /// Their municipalities are at dispatch capacity (rule 6).
    case capacity
    /// They were used by higher-value requests.
    case usedElsewhere
    /// Sending anyone would cost more than the request's priority value.
    case notWorthTheCost

    /// The sentence a prefecture officer reads.
    public var sentence: String {
        switch self {
        case .noSkilledPerson: return "not enough people outside the affected area have this skill"
        case .unavailable: return "qualified people exist, but none is available for the whole window"
        case .resting: return "qualified, available people are resting after serving the periods just before (rule 5)"
        case .capacity:
            return "the municipalities of qualified, available people are at their dispatch capacity (rule 6)"
        case .usedElsewhere: return "qualified, available people were all used by higher-value requests"
        case .notWorthTheCost:
            return "under the policy, sending anyone would cost more than the request's priority value"
        }
    }
}

import CounterpartCore

/// Why a request got the people it got: for each period it is active, every supplier
/// municipality with someone of the right skill, in counterpart order, and what became of
/// its people.
public struct PlanExplanation: Hashable, Sendable {
    /// One period of the request.
    public struct Period: Hashable, Sendable {
        public var index: Int
        public var window: DayRange
        public var filled: Int
        public var headcount: Int
        public var suppliers: [Supplier]
    }

    /// One supplier municipality's people of the right skill, counted by what kept them.
    public struct Supplier: Hashable, Sendable {
        public var municipality: LocalGovernmentCode
        public var tier: Tier
        public var distanceKm: Int
        /// Tier cost + distance − priority value: what one person from here adds to the period's cost.
        public var costPerPerson: Int
        /// People with the skill.
        public var skilled: Int
        /// Not available for the whole window (rule 3).
        public var unavailable: Int
        /// Resting, or kept for a later pin (rule 5).
        public var resting: Int
        /// Sent to other requests this period.
        public var usedElsewhere: Int
        /// Sent to this request.
        public var chosen: [StaffID]
        /// Free (available, rested, not sent anywhere).
        public var free: Int
        /// Whether the municipality had reached its dispatch capacity (rule 6).
        public var isAtCapacity: Bool
    }

    public var request: DispatchRequest
    public var periods: [Period]

    /// Explains `request` in `plan`, which must have been made from `roster` and `scenario`.
    public static func explain(request id: RequestID, plan: Plan, roster: Roster, scenario: Scenario) -> PlanExplanation
    {
        let context = PlanningContext(roster: roster, scenario: scenario)
        let request = context.requests[id]!
        let staff = roster.staff.sorted { $0.id < $1.id }
        let staffIndex = Dictionary(staff.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var pinned = [Set<Int>](repeating: [], count: staff.count)
        for pin in scenario.pins { if let person = staffIndex[pin.staff] { pinned[person].insert(pin.period) } }
        var record = ServiceRecord(
            staffCount: staff.count, pinnedPeriods: pinned, maxConsecutive: scenario.policy.maxConsecutivePeriods)
        var periods: [Period] = []
        for period in plan.periods {
            defer {
                for assignment in period.assignments { record.record(staffIndex[assignment.staff]!, in: period.index) }
            }
            guard let window = scenario.window(of: request, inPeriod: period.index) else { continue }
            let assignedTo = Dictionary(
                period.assignments.map { ($0.staff, $0.request) }, uniquingKeysWith: { first, _ in first })
            var used: [LocalGovernmentCode: Int] = [:]
            for assignment in period.assignments { used[assignment.supplier, default: 0] += 1 }
            var suppliers: [LocalGovernmentCode: Supplier] = [:]
            for (person, someone) in staff.enumerated()
            where someone.skills.contains(request.category) && !context.affected.contains(someone.municipality) {
                let entry = context.costs.entry(supplier: someone.municipality, requester: request.municipality)
                var supplier =
                    suppliers[someone.municipality]
                    ?? Supplier(
                        municipality: someone.municipality, tier: entry.tier, distanceKm: entry.distanceKm,
                        costPerPerson: entry.cost - scenario.policy.value(of: request.priority), skilled: 0,
                        unavailable: 0,
                        resting: 0, usedElsewhere: 0, chosen: [], free: 0,
                        isAtCapacity: context.capacity[someone.municipality].map {
                            (used[someone.municipality] ?? 0) >= $0
                        } ?? false)
                supplier.skilled += 1
                if let assigned = assignedTo[someone.id] {
                    if assigned == id { supplier.chosen.append(someone.id) } else { supplier.usedElsewhere += 1 }
                } else if !someone.isAvailable(throughout: window) {
                    supplier.unavailable += 1
                } else if record.isResting(person, in: period.index) || record.isReserved(person, in: period.index) {
                    supplier.resting += 1
                } else {
                    supplier.free += 1
                }
                suppliers[someone.municipality] = supplier
            }
            let tierOrder = Dictionary(uniqueKeysWithValues: Tier.allCases.enumerated().map { ($1, $0) })
            periods.append(
                Period(
                    index: period.index, window: window,
                    filled: period.assignments.filter { $0.request == id }.count, headcount: request.headcount,
                    suppliers: suppliers.values.sorted {
                        ($0.costPerPerson, tierOrder[$0.tier]!, $0.municipality) < (
                            $1.costPerPerson, tierOrder[$1.tier]!, $1.municipality
                        )
                    }))
        }
        return PlanExplanation(request: request, periods: periods)
    }
}

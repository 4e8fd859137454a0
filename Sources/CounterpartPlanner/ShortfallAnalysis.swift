import CounterpartCore

/// Names the binding reason of each shortfall by following the candidates of a request
/// through the rules in order: skill and area, availability, rest, capacity, other requests.
struct ShortfallAnalysis {
    let run: PlanRun
    let period: Int
    let assignedRequest: [Int: RequestID]
    let used: [LocalGovernmentCode: Int]

    init(run: PlanRun, period: Int, assignments: [Assignment], used: [LocalGovernmentCode: Int]) {
        self.run = run
        self.period = period
        self.used = used
        assignedRequest = Dictionary(
            assignments.map { (run.staffIndex[$0.staff]!, $0.request) }, uniquingKeysWith: { first, _ in first })
    }

    func shortfalls(active: [(DispatchRequest, DayRange)], filled: [RequestID: Int]) -> [Shortfall] {
        active.compactMap { request, window in
            let missing = request.headcount - (filled[request.id] ?? 0)
            guard missing > 0 else { return nil }
            return Shortfall(
                request: request.id, category: request.category, missing: missing,
                reason: reason(for: request, window: window))
        }
    }

    private func reason(for request: DispatchRequest, window: DayRange) -> ShortfallReason {
        let skilled = run.skilledOutside[request.category] ?? []
        let available = skilled.filter { run.staff[$0].isAvailable(throughout: window) }
        let rested = available.filter { person in
            assignedRequest[person] != nil
                || (!run.record.isResting(person, in: period) && !run.record.isReserved(person, in: period))
        }
        if skilled.isEmpty { return .noSkilledPerson }
        if available.isEmpty { return .unavailable }
        if rested.isEmpty { return .resting }
        let free = rested.filter { assignedRequest[$0] == nil }
        if !free.isEmpty {
            // Free people with room left would have been sent if it lowered the cost.
            let hasRoom = free.contains { person in
                let municipality = run.staff[person].municipality
                return run.context.capacity[municipality].map { (used[municipality] ?? 0) < $0 } ?? true
            }
            return hasRoom ? .notWorthTheCost : .capacity
        }
        if rested.contains(where: { assignedRequest[$0] != request.id }) { return .usedElsewhere }
        // Everyone left is already on this request: name the rule that shrank the pool.
        if rested.count < available.count { return .resting }
        if available.count < skilled.count { return .unavailable }
        return .noSkilledPerson
    }
}

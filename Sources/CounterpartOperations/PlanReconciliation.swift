import CounterpartCore
import CounterpartPlanner

/// What a new plan version changes in an incident's assignments: who is newly proposed,
/// which proposals stay, and which are no longer needed. Held people (confirmed,
/// dispatched, returned) are pins, so the plan always keeps them.
public struct PlanReconciliation: Sendable {
    /// A person the new plan names who was not proposed before for that request and period.
    public struct Proposal: Hashable, Sendable {
        public var request: IncidentRequest.ID
        public var period: Int
        public var assignment: Assignment
    }

    /// New proposals, by period, request and staff id.
    public var newlyProposed: [Proposal] = []
    /// Earlier proposals the plan names again, with the plan's current figures.
    public var stillProposed: [(existing: IncidentAssignment, assignment: Assignment)] = []
    /// Earlier proposals the plan no longer names (they become withdrawn).
    public var noLongerNeeded: [IncidentAssignment] = []

    /// Compares `plan` with the incident's assignments.
    /// Complexity: O(assignments) with hashing.
    public static func reconcile(_ plan: Plan, with existing: [IncidentAssignment]) -> PlanReconciliation {
        struct Key: Hashable {
            var request: IncidentRequest.ID
            var staff: StaffID
            var period: Int
        }
        var proposed: [Key: IncidentAssignment] = [:]
        for assignment in existing where assignment.state == .proposed {
            proposed[Key(request: assignment.request, staff: assignment.staff, period: assignment.period)] = assignment
        }
        var result = PlanReconciliation()
        var named: Set<Key> = []
        for period in plan.periods {
            for assignment in period.assignments where !assignment.isPinned {
                guard let request = IncidentScenario.request(assignment.request) else { continue }
                let key = Key(request: request, staff: assignment.staff, period: period.index)
                named.insert(key)
                if let earlier = proposed[key] {
                    result.stillProposed.append((earlier, assignment))
                } else {
                    result.newlyProposed.append(
                        Proposal(request: request, period: period.index, assignment: assignment))
                }
            }
        }
        result.noLongerNeeded =
            existing
            .filter {
                $0.state == .proposed && !named.contains(Key(request: $0.request, staff: $0.staff, period: $0.period))
            }
            .sorted { $0.id < $1.id }
        return result
    }
}

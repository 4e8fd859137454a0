import CounterpartCore
import Testing

@testable import CounterpartOperations
@testable import CounterpartPlanner

@Suite struct PlanReconciliationTests {
    typealias F = OperationsFixtures

    func planned(_ request: String, _ staff: String, pinned: Bool = false) -> Assignment {
        Assignment(
            request: RequestID(request), staff: StaffID(staff), supplier: F.matsuyama, tier: .primary, distanceKm: 71,
            window: F.range("2026-11-02", "2026-11-08"), isPinned: pinned)
    }

    @Test func newKeptAndNoLongerNeeded() {
        let existing = [
            F.assignment(1, request: 1, staff: "a", state: .confirmed),  // a pin: never a proposal
            F.assignment(2, request: 1, staff: "b", state: .proposed),  // named again: kept
            F.assignment(3, request: 1, staff: "c", state: .proposed),  // not named: no longer needed
            F.assignment(4, request: 1, staff: "d", state: .declined),  // over
        ]
        let plan = Plan(
            scenario: "I1",
            periods: [
                PeriodPlan(
                    index: 0, days: F.range("2026-11-02", "2026-11-08"), cost: 0,
                    assignments: [planned("R1", "a", pinned: true), planned("R1", "b"), planned("R1", "e")],
                    shortfalls: [])
            ])
        let result = PlanReconciliation.reconcile(plan, with: existing)
        #expect(result.newlyProposed.map { "\($0.request.number) \($0.assignment.staff) \($0.period)" } == ["1 e 0"])
        #expect(result.stillProposed.map(\.existing.id.number) == [2])
        #expect(result.noLongerNeeded.map(\.id.number) == [3])
    }

    @Test func theSamePersonInAnotherPeriodIsANewProposal() {
        let existing = [F.assignment(1, request: 1, staff: "b", period: 0, state: .proposed)]
        let plan = Plan(
            scenario: "I1",
            periods: [
                PeriodPlan(
                    index: 0, days: F.range("2026-11-02", "2026-11-08"), cost: 0, assignments: [], shortfalls: []),
                PeriodPlan(
                    index: 1, days: F.range("2026-11-09", "2026-11-15"), cost: 0, assignments: [planned("R1", "b")],
                    shortfalls: []),
            ])
        let result = PlanReconciliation.reconcile(plan, with: existing)
        #expect(result.newlyProposed.map(\.period) == [1])
        #expect(result.noLongerNeeded.map(\.id.number) == [1])
    }
}

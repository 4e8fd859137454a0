import CounterpartCore

@testable import CounterpartPlanner

/// A drill on ``ReportFixtures/roster`` and a plan for it, both built by hand (the
/// renderers are under test, not the planner). C and D are hit:
///
///     R1 C shelter ×3  04-01 – 04-10  critical   period 0: a-1 (pinned), a-2, b-1; period 1: b-2, 2 missing
///     R2 C health  ×1  04-01 – 04-03  high       period 0: missing 1
///     R3 D waste   ×1  04-08 – 04-09  normal     period 1: missing 1
enum PlanFixtures {
    typealias F = ReportFixtures

    static let scenario = Scenario(
        id: "drill-1", name: "南予地震想定訓練", start: F.day("2026-04-01"), rotationDays: 7, affected: [F.c, F.d],
        requests: [
            DispatchRequest(
                id: "R1", municipality: F.c, category: .shelter, headcount: 3, days: F.days("2026-04-01", "2026-04-10"),
                priority: .critical),
            DispatchRequest(
                id: "R2", municipality: F.c, category: .health, headcount: 1, days: F.days("2026-04-01", "2026-04-03"),
                priority: .high),
            DispatchRequest(
                id: "R3", municipality: F.d, category: .waste, headcount: 1, days: F.days("2026-04-08", "2026-04-09")),
        ])

    static let plan = Plan(
        scenario: "drill-1",
        periods: [
            PeriodPlan(
                index: 0, days: F.days("2026-04-01", "2026-04-07"), cost: -1_234_567,
                assignments: [
                    assignment("R1", "a-1", F.a, .primary, 52, F.days("2026-04-01", "2026-04-07"), isPinned: true),
                    assignment("R1", "a-2", F.a, .primary, 52, F.days("2026-04-01", "2026-04-07")),
                    assignment("R1", "b-1", F.b, .group, 98, F.days("2026-04-01", "2026-04-07")),
                ],
                shortfalls: [
                    Shortfall(request: "R2", category: .health, missing: 1, reason: .noSkilledPerson)
                ]),
            PeriodPlan(
                index: 1, days: F.days("2026-04-08", "2026-04-14"), cost: 1_200,
                assignments: [
                    assignment("R1", "b-2", F.b, .group, 98, F.days("2026-04-08", "2026-04-10"))
                ],
                shortfalls: [
                    Shortfall(request: "R1", category: .shelter, missing: 2, reason: .resting),
                    Shortfall(request: "R3", category: .waste, missing: 1, reason: .capacity),
                ]),
        ])

    /// `plan --explain R1`: every verdict the text can give, over two periods.
    static let explanation = PlanExplanation(
        request: scenario.requests[0],
        periods: [
            PlanExplanation.Period(
                index: 0, window: F.days("2026-04-01", "2026-04-07"), filled: 3, headcount: 3,
                suppliers: [
                    supplier(F.a, .primary, 52, cost: -948, skilled: 3, chosen: ["a-1", "a-2"], free: 1),
                    supplier(F.b, .group, 98, cost: -602, skilled: 2, unavailable: 1, chosen: ["b-1"]),
                ]),
            PlanExplanation.Period(
                index: 1, window: F.days("2026-04-08", "2026-04-10"), filled: 1, headcount: 3,
                suppliers: [
                    supplier(F.a, .primary, 52, cost: -948, skilled: 3, resting: 2, free: 1, isAtCapacity: true),
                    supplier(F.b, .group, 98, cost: -602, skilled: 2, usedElsewhere: 1, chosen: ["b-2"]),
                    supplier(F.e, .prefecture, 120, cost: -100, skilled: 1, free: 1),
                    supplier(F.d, .prefecture, 161, cost: 1_015, skilled: 1, free: 1),
                ]),
        ])

    static func assignment(
        _ request: RequestID, _ staff: StaffID, _ supplier: LocalGovernmentCode, _ tier: Tier,
        _ distanceKm: Int, _ window: DayRange, isPinned: Bool = false
    ) -> Assignment {
        Assignment(
            request: request, staff: staff, supplier: supplier, tier: tier, distanceKm: distanceKm, window: window,
            isPinned: isPinned)
    }

    static func supplier(
        _ municipality: LocalGovernmentCode, _ tier: Tier, _ distanceKm: Int, cost: Int, skilled: Int,
        unavailable: Int = 0, resting: Int = 0, usedElsewhere: Int = 0, chosen: [StaffID] = [],
        free: Int = 0, isAtCapacity: Bool = false
    ) -> PlanExplanation.Supplier {
        PlanExplanation.Supplier(
            municipality: municipality, tier: tier, distanceKm: distanceKm, costPerPerson: cost,
            skilled: skilled, unavailable: unavailable, resting: resting, usedElsewhere: usedElsewhere,
            chosen: chosen, free: free, isAtCapacity: isAtCapacity)
    }
}

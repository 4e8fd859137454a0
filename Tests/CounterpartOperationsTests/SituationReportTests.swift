import CounterpartCore
import Testing

@testable import CounterpartOperations

@Suite struct SituationReportTests {
    typealias F = OperationsFixtures

    @Test func figuresPerCategoryAndSupporter() {
        // R1: shelter ×2 over 02–15 = periods 0 and 1 → 4 person-periods; R3: health ×1 in period 0 → 1.
        let requests = [
            F.request(1), F.request(2, cancelled: true),
            F.request(3, headcount: 1, "2026-11-03", "2026-11-05", category: .health),
        ]
        var away = F.assignment(3, request: 1, staff: "c", state: .dispatched)  // 02–08, today the 5th: 4 days
        away.supplier = F.toon
        let assignments = [
            F.assignment(1, request: 1, staff: "a", state: .proposed),
            F.assignment(2, request: 1, staff: "b", state: .confirmed),
            away, F.assignment(4, request: 3, staff: "d", state: .returned),  // 松山, 02–08 → 4 days
            F.assignment(5, request: 2, staff: "e", state: .cancelled),
        ]
        let shortfalls = [
            RecordedShortfall(period: 1, request: IncidentRequest.ID(1), category: .shelter, missing: 1, reason: "…")
        ]
        let report = SituationReport.make(
            incident: F.incident, requests: requests, assignments: assignments,
            latestPlan: (2, shortfalls), pending: [], events: [], roster: F.roster, today: F.day("2026-11-05"))
        #expect(report.planVersion == 2)
        #expect(
            report.categories.map {
                "\($0.category) \($0.requested) \($0.proposed) \($0.confirmed) \($0.dispatched) \($0.short)"
            }
                == ["shelter 4 1 1 1 1", "health 1 0 0 1 0"])
        #expect(
            report.supporters.map { "\($0.municipality) \($0.away) \($0.personDays)" } == ["382019 0 4", "382159 1 4"])
    }

    @Test func beforeAnyPlanThereIsNoVersionAndNoShortfall() {
        let report = SituationReport.make(
            incident: F.incident, requests: [], assignments: [], latestPlan: nil, pending: [], events: [],
            roster: F.roster, today: F.day("2026-11-02"))
        #expect(report.planVersion == nil && report.categories.isEmpty && report.supporters.isEmpty)
    }
}

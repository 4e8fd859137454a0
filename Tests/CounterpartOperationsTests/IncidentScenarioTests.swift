import CounterpartCore
import Testing

@testable import CounterpartOperations

@Suite struct IncidentScenarioTests {
    typealias F = OperationsFixtures

    @Test func openRequestsHeldPeopleAsPinsAndDeclinesAsExclusions() {
        let requests = [F.request(1), F.request(2, cancelled: true), F.request(3, category: .health)]
        let assignments = [
            F.assignment(1, request: 1, staff: "a", state: .confirmed),
            F.assignment(2, request: 1, staff: "b", state: .proposed),
            F.assignment(3, request: 1, staff: "c", state: .declined),
            F.assignment(4, request: 2, staff: "d", state: .confirmed),
            F.assignment(5, request: 3, staff: "e", period: 1, state: .returned),
            F.assignment(6, request: 3, staff: "f", state: .withdrawn),
        ]
        let (scenario, held) = IncidentScenario.make(F.incident, requests: requests, assignments: assignments)
        #expect(scenario.id == "I1" && scenario.start == F.day("2026-11-02") && scenario.rotationDays == 7)
        #expect(scenario.requests.map(\.id) == ["R1", "R3"])  // R2 was cancelled
        // Confirmed and dispatched people are pins; people back home are history (occupations).
        #expect(scenario.pins == [Pin(request: "R1", staff: "a", period: 0)])
        #expect(held.map(\.id.number) == [1])
        #expect(scenario.occupations == [Occupation(staff: "e", period: 1, supplier: F.matsuyama, request: "R3")])
        #expect(scenario.exclusions == [Exclusion(request: "R1", staff: "c")])
        #expect(scenario.preferences == [Preference(request: "R1", staff: "b", period: 0)])
        #expect(IncidentScenario.request("R12")?.number == 12 && IncidentScenario.request("r-001") == nil)
    }
}

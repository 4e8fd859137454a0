import CounterpartCore
import Testing

@testable import CounterpartOperations

@Suite struct RequestRulesTests {
    typealias F = OperationsFixtures
    let names: (LocalGovernmentCode) -> String = { code in code == F.uwajima ? "宇和島市" : code == F.toon ? "東温市" : "?" }

    @Test func aRequestFromTheAffectedAreaInsideTheIncidentPasses() {
        #expect(RequestRules.problems(F.request(1).details, in: F.incident, names: names).isEmpty)
    }

    @Test func everyProblemIsNamed() {
        let details = RequestDetails(
            municipality: F.toon, category: .shelter, headcount: 0, days: F.range("2026-11-01", "2027-11-02"))
        #expect(
            RequestRules.problems(details, in: F.incident, names: names).map(\.message) == [
                "東温市 (382159) is not affected in incident I1; its affected municipalities are 宇和島市 (382035)",
                "the headcount must be at least 1",
                "the request starts 2026-11-01, before the incident's start 2026-11-02; days before the start are never planned",
                "the request runs 367 days; at most 366 are taken at once (file the rest later)",
            ])
    }

    @Test func aChangeMustKeepTheHeldPeopleInside() {
        // Held: A1 and A2 in period 0 (02–08), A3 in period 1 (09–15).
        let held = [
            F.assignment(1, request: 1, staff: "a", state: .confirmed),
            F.assignment(2, request: 1, staff: "b", state: .dispatched),
            F.assignment(3, request: 1, staff: "c", period: 1, state: .returned),
        ]
        var shorter = F.request(1).details
        shorter.days = F.range("2026-11-02", "2026-11-08")
        shorter.headcount = 1
        #expect(
            RequestRules.problems(changing: F.request(1), to: shorter, held: held, incident: F.incident).map(\.message)
                == [
                    "A3 (c, period 1) is confirmed on days the changed request no longer covers",
                    "period 0 has 2 confirmed people for R1, more than the new headcount 1",
                ])
        var otherCategory = F.request(1).details
        otherCategory.category = .health
        #expect(
            RequestRules.problems(changing: F.request(1), to: otherCategory, held: held, incident: F.incident).map(
                \.message) == [
                    "R1 has confirmed people (A1, A2, A3); its municipality and category cannot change (cancel it and file a new request)"
                ])
        #expect(RequestRules.problems(changing: F.request(1), to: shorter, held: [], incident: F.incident).isEmpty)
    }
}

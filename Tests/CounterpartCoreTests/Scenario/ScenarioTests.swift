import Testing

@testable import CounterpartCore

@Suite struct ScenarioTests {
    let uwajima = try! LocalGovernmentCode("382035")

    func request(_ id: String, _ from: String, _ to: String) throws -> DispatchRequest {
        DispatchRequest(
            id: RequestID(id), municipality: uwajima, category: .shelter, headcount: 1,
            days: try DayRange(from: CalendarDay(from), to: CalendarDay(to)))
    }

    func scenario(_ requests: [DispatchRequest]) throws -> Scenario {
        Scenario(
            id: "t", start: try CalendarDay("2026-11-01"), rotationDays: 7, affected: [uwajima], requests: requests)
    }

    @Test func periodsFollowTheStartAndTheRotation() throws {
        let drill = try scenario([])
        #expect(drill.days(ofPeriod: 0).description == "2026-11-01..2026-11-07")
        #expect(drill.days(ofPeriod: 2).description == "2026-11-15..2026-11-21")
        #expect(drill.period(of: try CalendarDay("2026-11-07")) == 0)
        #expect(drill.period(of: try CalendarDay("2026-11-08")) == 1)
        #expect(drill.period(of: try CalendarDay("2026-10-31")) == nil)
    }

    @Test func theFormatsExampleHasThreePeriods() throws {
        // r-001 runs 11-02..11-15 (periods 0–2 with start 11-01 and 7 days), r-002 11-02..11-08.
        let drill = try scenario([
            request("r-001", "2026-11-02", "2026-11-15"), request("r-002", "2026-11-02", "2026-11-08"),
        ])
        #expect(drill.periodCount == 3)
        #expect(drill.window(of: drill.requests[0], inPeriod: 0)?.description == "2026-11-02..2026-11-07")
        #expect(drill.window(of: drill.requests[0], inPeriod: 2)?.description == "2026-11-15..2026-11-15")
        #expect(drill.window(of: drill.requests[1], inPeriod: 2) == nil)
    }

    @Test func noRequestOnOrAfterTheStartMeansNoPeriods() throws {
        #expect(try scenario([]).periodCount == 0)
        #expect(try scenario([request("r-1", "2026-10-01", "2026-10-31")]).periodCount == 0)
        #expect(try scenario([request("r-1", "2026-10-01", "2026-11-01")]).periodCount == 1)
    }

    @Test func policyDefaultsAndOverrides() {
        let defaults = PlanningPolicy.defaults
        #expect(Tier.allCases.map(defaults.cost(of:)) == [0, 1000, 2000, 3000])
        #expect(Priority.allCases.map(defaults.value(of:)) == [1_000_000, 100_000, 10_000])
        #expect(defaults.maxConsecutivePeriods == 1)
        let custom = PlanningPolicy(tierCost: [.group: 5], priorityValue: [.normal: 7], maxConsecutivePeriods: 2)
        #expect(Tier.allCases.map(custom.cost(of:)) == [0, 1000, 5, 3000])
        #expect(custom.value(of: .normal) == 7 && custom.value(of: .critical) == 1_000_000)
        #expect(PlanningPolicy(tierCost: [.primary: 0]) == .defaults)
    }
}

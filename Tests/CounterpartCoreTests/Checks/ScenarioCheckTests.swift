import Testing

@testable import CounterpartCore

@Suite struct ScenarioCheckTests {
    typealias F = RosterFixtures

    func request(
        _ id: String, _ code: LocalGovernmentCode = F.uwajima, from: String = "2026-11-02", to: String = "2026-11-15"
    ) -> DispatchRequest {
        DispatchRequest(
            id: RequestID(id), municipality: code, category: .shelter, headcount: 2,
            days: try! DayRange(from: CalendarDay(from), to: CalendarDay(to)), priority: .critical)
    }

    var scenario: Scenario {
        Scenario(
            id: "drill", start: try! CalendarDay("2026-11-01"), rotationDays: 7, affected: [F.uwajima],
            requests: [request("r-001"), request("r-002", to: "2026-11-08")],
            pins: [Pin(request: "r-001", staff: "s-1", period: 0)])
    }

    @Test func theFixtureIsValidAloneAndAgainstTheRoster() {
        #expect(ScenarioCheck.problems(in: scenario).isEmpty)
        #expect(ScenarioCheck.problems(in: scenario, against: F.roster).isEmpty)
    }

    @Test func requestsComeFromAffectedMunicipalities() {
        var drill = scenario
        drill.requests.append(request("r-003", F.toon))
        #expect(
            ScenarioCheck.problems(in: drill) == [
                ScenarioProblem(
                    .request(2), .requestFromAffected,
                    "request 'r-003' comes from municipality 382159, which is not listed as affected")
            ])
    }

    @Test func requestIdsAndAffectedCodesAreUnique() {
        var drill = scenario
        drill.requests.append(request("r-001"))
        drill.affected.append(F.uwajima)
        #expect(ScenarioCheck.problems(in: drill).map(\.location) == [.affected(1), .request(2)])
    }

    @Test func pinsNameKnownRequestsActiveInTheirPeriod() {
        var drill = scenario
        drill.pins = [
            Pin(request: "r-404", staff: "s-1", period: 0),
            Pin(request: "r-002", staff: "s-1", period: 1),  // 11-08 is in period 1: active
            Pin(request: "r-002", staff: "s-2", period: 2),  // period 2 is 11-15..11-21: not active
            Pin(request: "r-002", staff: "s-1", period: 1),  // the same pin again
        ]
        let found = ScenarioCheck.problems(in: drill)
        #expect(found.map(\.location) == [.pin(0), .pin(2), .pin(3)])
        #expect(found[1].message.contains("period 2 (2026-11-15 to 2026-11-21)"))
    }

    @Test func againstTheRosterAffectedAndPinnedStaffMustExist() {
        var drill = scenario
        drill.affected.append(F.unknown)
        drill.pins.append(Pin(request: "r-001", staff: "s-404", period: 1))
        #expect(
            ScenarioCheck.problems(in: drill, against: F.roster) == [
                ScenarioProblem(.affected(1), .affectedInRoster, "affected municipality 382051 is not in the roster"),
                ScenarioProblem(.pin(1), .pinnedStaffInRoster, "pin names staff 's-404', who is not in the roster"),
            ])
    }
}

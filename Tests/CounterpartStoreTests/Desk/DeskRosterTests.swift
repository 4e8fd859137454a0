import CounterpartCore
import CounterpartOperations
import Testing

/// The April trap, as the desk sees it: lists that end before an incident needs people.
@Suite struct DeskRosterTests {
    typealias F = DeskFixtures

    /// An incident from 2027-03-29 with a request that runs into April.
    static func spring(affected: [LocalGovernmentCode] = [F.uwajima]) -> IncidentDesk.Opening {
        var request = F.shelter()
        request.days = try! DayRange(from: F.day("2027-03-29"), to: F.day("2027-04-11"))
        return IncidentDesk.Opening(
            name: "春の豪雨", start: F.day("2027-03-29"), rotationDays: 7, affected: affected, isDrill: false,
            requests: [request])
    }

    @Test(arguments: DeskBackend.allCases) func aListThatEndsBeforeTheIncidentsDaysIsNamed(backend: DeskBackend)
        async throws
    {
        let world = try backend.make(roster: F.roster(staff: 2))
        let desk = world.desk()
        let (incident, _) = try await desk.open(Self.spring(), by: F.hotline)
        let before = try await DeskSnapshot.of(desk)
        let ended = try await desk.endedLists(incident: incident.id)
        #expect(
            ended == [
                EndedList(
                    municipality: F.matsuyama, staff: 2, lastDay: F.day("2027-03-31"),
                    effective: F.day("2026-04-01"))
            ])
        #expect(ended[0].sentence(name: "松山市") == "松山市: 0 of 2 staff available after 2027-03-31 — roster not renewed?")
        #expect(try await DeskSnapshot.of(desk) == before)
        // The November incident of the same roster needs nobody past March.
        let (november, _) = try await desk.open(F.opening(), by: F.hotline)
        #expect(try await desk.endedLists(incident: november.id).isEmpty)
        // Renewed: 松山市's people are there in April again.
        var renewed = F.roster(staff: 2)
        for index in renewed.staff.indices {
            renewed.staff[index].availability = [try DayRange(from: F.day("2026-04-01"), to: F.day("2028-03-31"))]
        }
        try world.importRoster(renewed)
        #expect(try await desk.endedLists(incident: incident.id).isEmpty)
    }

    @Test(arguments: DeskBackend.allCases) func hitMunicipalitiesAreLeftOut(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: F.roster(staff: 2)).desk()
        let (incident, _) = try await desk.open(Self.spring(affected: [F.uwajima, F.matsuyama]), by: F.hotline)
        #expect(try await desk.endedLists(incident: incident.id).isEmpty)
        await #expect(throws: OperationsError.unknown(RecordID(.incident, 9))) {
            try await desk.endedLists(incident: Incident.ID(9))
        }
    }
}

import CounterpartCore
import CounterpartOperations
import Foundation
import HummingbirdTesting
import Testing

/// Answers kept by the server are current: any change, by any front end, moves the record and
/// with it what is served.
@Suite struct RecordCacheTests {
    @Test func aKeptIncidentViewChangesWithTheRecordWhoeverChangedIt() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let (incident, _, _) = try await harness.openPlannedIncident()
        try await harness.run { client in
            let first = try await harness.call(client, .get, "/api/v1/incidents/\(incident)", as: .hit)
            let again = try await harness.call(client, .get, "/api/v1/incidents/\(incident)", as: .concerned)
            #expect(first.status == .ok)
            #expect(again.text == first.text, "the same record, the same answer")
            #expect((first.object["requests"] as? [Any])?.count == 1)

            // A change made beside the server (the command line, another server) is seen at once.
            _ = try await harness.desk.file(
                RequestDetails(
                    municipality: try LocalGovernmentCode("382035"), category: .shelter, headcount: 1,
                    days: try DayRange(from: try CalendarDay("2027-01-19"), to: try CalendarDay("2027-01-20"))),
                in: incident, by: .operatingSystemUser("test"))
            let after = try await harness.call(client, .get, "/api/v1/incidents/\(incident)", as: .hit)
            #expect((after.object["requests"] as? [Any])?.count == 2)

            // Extending the incident to group C makes it visible there at once.
            #expect(
                try await harness.call(client, .get, "/api/v1/incidents/\(incident)", as: .outsider).status == .notFound
            )
            _ = try await harness.desk.extend(
                incident, adding: [try LocalGovernmentCode("382060")], by: .operatingSystemUser("test"))
            #expect(try await harness.call(client, .get, "/api/v1/incidents/\(incident)", as: .outsider).status == .ok)
        }
    }
}

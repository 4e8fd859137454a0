import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import GRDB
import Testing

@testable import CounterpartStore

/// Inputs that once reached a trap: now a clear error, nothing changed, the process alive.
@Suite struct DeskTrapTests {
    typealias F = DeskFixtures

    @Test(arguments: DeskBackend.allCases) func aHeadcountOfZeroOnARequestWithConfirmedPeopleIsRefused(
        backend: DeskBackend
    ) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        let (incident, requests) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0]
        _ = try await desk.answer(proposed.id, .confirm, reason: nil, by: F.hotline)
        let before = try await DeskSnapshot.of(desk)
        for headcount in [0, -5, Int.min, RequestRules.largestHeadcount + 1, Int.max] {
            var details = F.shelter()
            details.headcount = headcount
            do {
                _ = try await desk.change(requests[0].id, to: details, by: F.hotline)
                Issue.record("headcount \(headcount) was taken")
            } catch {
                guard case .invalid(let problems) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(problems.map(\.field) == ["headcount"])
            }
            await #expect(throws: OperationsError.self) { try await desk.file(details, in: incident.id, by: F.hotline) }
        }
        #expect(try await DeskSnapshot.of(desk) == before)
    }

    @Test(arguments: DeskBackend.allCases) func aCorruptStoredRowIsReportedNotTrappedOn(backend: DeskBackend)
        async throws
    {
        let world = try backend.make(roster: F.roster())
        let desk = world.desk()
        let (incident, requests) = try await desk.open(F.opening(), by: F.hotline)
        switch backend {
        case .inMemory:
            (world.storage as! InMemoryStorage).corrupt { $0.requests[0].headcount = 0 }
        case .sqlite, .postgres:
            try world.store!.tamper(
                sqlite: "PRAGMA ignore_check_constraints = 1",
                postgres: "ALTER TABLE request DROP CONSTRAINT request_headcount_check",
                then: "UPDATE request SET headcount = 0")
        }
        await #expect(throws: OperationsError.corrupt("request R1: headcount 0")) {
            try await desk.plan(incident.id, by: F.hotline)
        }
        await #expect(throws: OperationsError.corrupt("request R1: headcount 0")) {
            try await desk.request(requests[0].id)
        }
        // The rest of the store still answers.
        #expect(try await desk.incidents().count == 1)
    }

    @Test(arguments: [DeskBackend.sqlite, .postgres]) func aValueOfTheWrongTypeInAColumnIsCorruptNotATrap(
        backend: DeskBackend
    ) async throws {
        let world = try backend.make(roster: F.roster())
        let desk = world.desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        try world.store!.tamper(
            sqlite: "PRAGMA ignore_check_constraints = 1",
            postgres: "ALTER TABLE request DROP CONSTRAINT request_headcount_check; "
                + "ALTER TABLE request ALTER COLUMN headcount TYPE TEXT",
            then: "UPDATE request SET headcount = 'many'")
        await #expect(throws: OperationsError.corrupt("a stored value does not have the type of its column")) {
            try await desk.requests(incident: incident.id)
        }
    }
}

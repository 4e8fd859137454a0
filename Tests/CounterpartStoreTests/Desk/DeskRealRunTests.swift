import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Testing

/// Incidents as they really run, on both backends: several incidents at once, batches,
/// substitutes, unavailable people, corrections, closing and cancelling with people out.
@Suite struct DeskRealRunTests {
    typealias F = DeskFixtures

    /// Two staff of 松山市: s-1 and s-2, both shelter.
    func world(_ backend: DeskBackend, staff: Int = 2, capacity: Int? = nil) throws -> (DeskWorld, IncidentDesk) {
        var roster = F.roster(staff: staff)
        if let capacity { roster.municipalities[0].dispatchCapacity = capacity }
        let world = try backend.make(roster: roster)
        return (world, world.desk())
    }

    @Test(arguments: DeskBackend.allCases) func aPersonHeldInOneIncidentIsNeverProposedInAnotherThatWeek(
        backend: DeskBackend
    ) async throws {
        let (_, desk) = try world(backend)
        let (first, _) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(first.id, by: F.hotline).newlyProposed
        #expect(proposed.map(\.staff) == ["s-1"])
        _ = try await desk.answer(proposed[0].id, .confirm, reason: nil, by: F.hotline)
        var second = F.opening()
        second.name = "土砂災害"
        second.start = F.day("2026-11-05")  // its period 0 (05–11) overlaps I1's (02–08)
        second.requests = [
            RequestDetails(
                municipality: F.uwajima, category: .shelter, headcount: 2,
                days: DayRange(spanning: F.day("2026-11-05"), F.day("2026-11-06")), priority: .critical)
        ]
        let (other, _) = try await desk.open(second, by: F.hotline)
        let plan = try await desk.plan(other.id, by: F.hotline)
        #expect(plan.newlyProposed.map(\.staff) == ["s-2"])  // s-1 is held in I1
        #expect(plan.heldElsewhere.map(\.assignment.id) == [proposed[0].id])
        #expect(try await desk.latestShortfalls(incident: other.id)?.shortfalls.map(\.missing) == [1])
        // A stale proposal of s-1 in I2 could not be confirmed either.
    }

    @Test(arguments: DeskBackend.allCases) func aMunicipalitysCapacityCountsEveryIncident(backend: DeskBackend)
        async throws
    {
        let (_, desk) = try world(backend, staff: 3, capacity: 2)
        let (first, _) = try await desk.open(F.opening(requests: [F.shelter(2)]), by: F.hotline)
        let proposed = try await desk.plan(first.id, by: F.hotline).newlyProposed
        _ = try await desk.answer(proposed.map { IncidentDesk.Answer($0.id, .move(.confirm)) }, by: F.hotline)
        var second = F.opening(requests: [F.shelter(1)])
        second.name = "土砂災害"
        let (other, _) = try await desk.open(second, by: F.hotline)
        // 松山市 sends at most 2 a period; both are out for I1, so s-3 may not go.
        let plan = try await desk.plan(other.id, by: F.hotline)
        #expect(plan.newlyProposed.isEmpty)
        #expect(try await desk.latestShortfalls(incident: other.id)?.shortfalls.map(\.missing) == [1])
    }

    @Test(arguments: DeskBackend.allCases) func aBatchIsAllOrNothing(backend: DeskBackend) async throws {
        let (_, desk) = try world(backend)
        let (incident, _) = try await desk.open(F.opening(requests: [F.shelter(2)]), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed
        #expect(proposed.count == 2)
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.illegalMove(proposed[1].id.recordID, current: .proposed, move: .returned))
        {
            try await desk.answer(
                [
                    IncidentDesk.Answer(proposed[0].id, .move(.confirm)),
                    IncidentDesk.Answer(proposed[1].id, .move(.returned)),
                ],
                by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
        let outcomes = try await desk.answer(
            proposed.map { IncidentDesk.Answer($0.id, .move(.confirm)) }, by: F.hotline)
        #expect(outcomes.map(\.after.state) == [.confirmed, .confirmed])
    }

    @Test(arguments: DeskBackend.allCases) func aSupporterSendsSomeoneElse(backend: DeskBackend) async throws {
        var roster = F.roster(staff: 2)
        roster.staff.append(
            StaffPerson(
                id: "s-health", municipality: F.matsuyama, name: "松山 保健", skills: JobCategorySet([.health]),
                availability: [DayRange(spanning: F.day("2026-04-01"), F.day("2027-03-31"))]))
        let world = try backend.make(roster: roster)
        let desk = world.desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0]
        #expect(proposed.staff == "s-1")
        let before = try await DeskSnapshot.of(desk)
        do {
            _ = try await desk.answer([IncidentDesk.Answer(proposed.id, .substitute("s-health"))], by: F.hotline)
            Issue.record("a person without the skill was taken")
        } catch {
            guard case .invalid(let problems) = error else { throw error }
            #expect(problems.map(\.rule) == ["rules"] && problems[0].message.contains("rule 1"))
        }
        await #expect(throws: OperationsError.self) {
            try await desk.answer([IncidentDesk.Answer(proposed.id, .substitute("nobody"))], by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
        let outcome = try await desk.answer(
            [IncidentDesk.Answer(proposed.id, .substitute("s-2"), reason: "交代")], by: F.hotline)
        #expect(outcome[0].after.state == .withdrawn)
        let substitute = try #require(outcome[0].substitute)
        #expect(substitute.staff == "s-2" && substitute.state == .confirmed && substitute.window == proposed.window)
        #expect(try await desk.assignments(incident: incident.id).map(\.state) == [.withdrawn, .confirmed])
        // The next plan keeps the substitute and proposes nobody else.
        #expect(try await desk.plan(incident.id, by: F.hotline).newlyProposed.isEmpty)
    }

    @Test(arguments: DeskBackend.allCases) func anUnavailablePersonIsNeverProposedUntilLifted(backend: DeskBackend)
        async throws
    {
        let (_, desk) = try world(backend)
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0]
        // Declined because their own home was hit: unavailable everywhere on those days.
        let outcome = try await desk.answer(
            [IncidentDesk.Answer(proposed.id, .move(.decline), reason: "自宅被災", marksUnavailable: true)], by: F.hotline)
        let entry = try #require(outcome[0].unavailability)
        #expect(entry.staff == "s-1" && entry.days == proposed.window)
        var second = F.opening()
        second.name = "別件"
        let (other, _) = try await desk.open(second, by: F.hotline)
        #expect(try await desk.plan(other.id, by: F.hotline).newlyProposed.map(\.staff) == ["s-2"])
        _ = try await desk.lift(entry.id, by: F.hotline)
        await #expect(throws: OperationsError.conflict("U1 was lifted already")) {
            try await desk.lift(entry.id, by: F.hotline)
        }
        #expect(try await desk.unavailabilities().isEmpty)
        #expect(try await desk.unavailabilities(includingLifted: true).count == 1)
        let declared = try await desk.declareUnavailable(
            "s-2", days: DayRange(spanning: F.day("2026-11-01"), F.day("2026-11-30")), reason: "入院", by: F.hotline)
        #expect(declared.id == Unavailability.ID(2))
        await #expect(throws: OperationsError.self) {
            try await desk.declareUnavailable("nobody", days: declared.days, reason: "x", by: F.hotline)
        }
    }

    @Test(arguments: DeskBackend.allCases) func aWrongStateIsCorrectedOnRecord(backend: DeskBackend) async throws {
        let (_, desk) = try world(backend)
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0]
        _ = try await desk.answer(proposed.id, .confirm, reason: nil, by: F.hotline)
        _ = try await desk.answer(proposed.id, .dispatched, reason: nil, by: F.hotline)
        _ = try await desk.answer(proposed.id, .returned, reason: nil, by: F.hotline)
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.self) {
            try await desk.correct(proposed.id, to: .returned, reason: "x", by: F.hotline)
        }
        await #expect(throws: OperationsError.self) {
            try await desk.correct(proposed.id, to: .dispatched, reason: " ", by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
        let (was, now) = try await desk.correct(proposed.id, to: .dispatched, reason: "A30 の誤入力", by: F.hotline)
        #expect(was.state == .returned && now.state == .dispatched)
        #expect(
            try await desk.events(incident: incident.id, limit: 1).map(\.text)
                == ["corrected: s-1 for R1 period 0: returned → dispatched (A30 の誤入力)"])
    }

    @Test(arguments: DeskBackend.allCases) func closingWaitsForPeopleOutAndTheirReturnIsStillRecorded(
        backend: DeskBackend
    ) async throws {
        let (_, desk) = try world(backend)
        let (incident, requests) = try await desk.open(F.opening(requests: [F.shelter(2)]), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed
        _ = try await desk.answer(proposed.map { IncidentDesk.Answer($0.id, .move(.confirm)) }, by: F.hotline)
        _ = try await desk.answer(proposed[0].id, .dispatched, reason: nil, by: F.hotline)
        // Cancelling keeps the person away until back; the confirmed one is cancelled.
        let (_, cancelled) = try await desk.cancel(requests[0].id, reason: "解消", by: F.hotline)
        #expect(cancelled.map(\.id) == [proposed[1].id])
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.peopleStillOut(incident.id.recordID, people: [proposed[0].id.recordID])) {
            try await desk.close(incident.id, force: false, by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
        let (_, stillOut) = try await desk.close(incident.id, force: true, by: F.hotline)
        #expect(stillOut.map(\.id) == [proposed[0].id])
        _ = try await desk.answer(proposed[0].id, .returned, reason: nil, by: F.hotline)
        #expect(try await desk.assignments(incident: incident.id).map(\.state) == [.returned, .cancelled])
        await #expect(throws: OperationsError.incidentClosed(incident.id.recordID)) {
            try await desk.answer(proposed[1].id, .confirm, reason: nil, by: F.hotline)
        }
    }

    @Test(arguments: DeskBackend.allCases) func aChangeWithdrawsStaleProposalsAndAStaleOneCannotBeConfirmed(
        backend: DeskBackend
    ) async throws {
        let (_, desk) = try world(backend)
        let (incident, requests) = try await desk.open(F.opening(requests: [F.shelter(2)]), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed
        _ = try await desk.answer(proposed[0].id, .confirm, reason: nil, by: F.hotline)
        let (_, _, withdrawn) = try await desk.change(requests[0].id, to: F.shelter(1), by: F.hotline)
        #expect(withdrawn.map(\.id) == [proposed[1].id] && withdrawn[0].state == .withdrawn)
        // Planning again is possible and proposes nobody: the one confirmed fills the request.
        #expect(try await desk.plan(incident.id, by: F.hotline).newlyProposed.isEmpty)
    }

    @Test(arguments: DeskBackend.allCases) func aDrillKeepsItsScenariosPolicy(backend: DeskBackend) async throws {
        let (world, desk) = try world(backend)
        var opening = F.opening(drill: true)
        opening.policy = PlanningPolicy(tierCost: [.primary: 5], maxConsecutivePeriods: 3)
        let (incident, _) = try await desk.open(opening, by: F.hotline)
        #expect(incident.policy == opening.policy)
        #expect(try await world.desk().incident(incident.id).policy == opening.policy)
        #expect(try await desk.plan(incident.id, by: F.hotline).scenario.policy == opening.policy)
    }
}

/// What an import that removes people or towns would leave behind in open incidents.
@Suite struct DeskRosterReferenceTests {
    typealias F = DeskFixtures

    @Test(arguments: DeskBackend.allCases) func peopleAndTownsStillReferredToAreNamed(backend: DeskBackend) async throws
    {
        let desk = try backend.make(roster: F.roster(staff: 2)).desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0]
        _ = try await desk.answer(proposed.id, .confirm, reason: nil, by: F.hotline)
        let references = try await desk.openReferences(
            toStaff: ["s-1", "s-2"], municipalities: [F.uwajima, F.matsuyama])
        #expect(
            references == [
                .municipality(F.uwajima, incident: incident.id),
                .person("s-1", name: "松山 1", assignment: proposed.id, incident: incident.id, state: .confirmed),
            ])
        _ = try await desk.close(incident.id, force: true, by: F.hotline)
        #expect(try await desk.openReferences(toStaff: ["s-1"], municipalities: []).isEmpty)
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Testing

/// The incident desk's rules, on every backend: what is kept, what is refused, and that a
/// refusal changes nothing.
@Suite struct DeskTests {
    typealias F = DeskFixtures

    @Test(arguments: DeskBackend.allCases) func incidentsNeedAStoredRoster(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: nil).desk()
        await #expect(throws: OperationsError.noRoster) { try await desk.open(F.opening(), by: F.hotline) }
        #expect(try await desk.incidents().isEmpty)
    }

    @Test(arguments: DeskBackend.allCases) func openingChecksEveryField(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        var opening = F.opening()
        opening.name = " "
        opening.affected = [F.uwajima, F.uwajima, try LocalGovernmentCode("131016")]
        opening.rotationDays = 0
        await #expect(
            throws: OperationsError.invalid([
                Problem(field: "name", rule: "required", message: "the incident needs a name"),
                Problem(field: "rotationDays", rule: "range", message: "a rotation period lasts 1 to 366 days"),
                Problem(
                    field: "affected", rule: "unknown", message: "131016 is not a municipality of the stored roster",
                    japanese: "131016 は登録されている名簿の市町ではありません。"),
                Problem(field: "affected", rule: "duplicate", message: "an affected municipality is named twice"),
            ])
        ) { try await desk.open(opening, by: F.hotline) }
        #expect(try await desk.incidents().isEmpty)
    }

    @Test(arguments: DeskBackend.allCases) func aCancelledRequestCancelsItsPeopleAndLeavesTheFollowup(
        backend: DeskBackend
    ) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        let (incident, requests) = try await desk.open(F.opening(), by: F.hotline)
        let outcome = try await desk.plan(incident.id, by: F.hotline)
        #expect(outcome.newlyProposed.map(\.staff) == ["s-1"])
        _ = try await desk.answer(outcome.newlyProposed[0].id, .confirm, reason: nil, by: F.hotline)
        // R1 and P1, each for m-1 and p-1.
        #expect(try await desk.pendingAcknowledgements(incident: nil).count == 4)
        let (_, cancelled) = try await desk.cancel(requests[0].id, reason: "解消", by: F.hotline)
        #expect(cancelled.map(\.state) == [.cancelled])
        #expect(try await desk.assignments(incident: incident.id).map(\.state) == [.cancelled])
        #expect(try await desk.pendingAcknowledgements(incident: nil).map(\.item.description) == ["P1", "P1"])
        await #expect(throws: OperationsError.requestCancelled(RecordID(.request, 1))) {
            try await desk.cancel(requests[0].id, reason: nil, by: F.hotline)
        }
    }

    @Test(arguments: DeskBackend.allCases) func drillsStayOutOfTheGeneralFollowup(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        let (drill, _) = try await desk.open(F.opening(drill: true), by: F.hotline)
        #expect(try await desk.pendingAcknowledgements(incident: nil).isEmpty)
        #expect(try await desk.pendingAcknowledgements(incident: nil, includesDrills: true).count == 2)
        #expect(try await desk.pendingAcknowledgements(incident: drill.id).count == 2)
    }

    @Test(arguments: DeskBackend.allCases) func aNoticeToAGroupIsAcknowledgedOnceByEachMember(backend: DeskBackend)
        async throws
    {
        let world = try backend.make(roster: F.roster())
        let desk = world.desk()
        let notice = try await desk.postNotice(title: "燃料", body: "給油所", group: "A", incident: nil, by: F.hotline)
        #expect(notice.id == Notice.ID(1) && notice.audience == 2)
        #expect(
            try await desk.acknowledge(notice.id.recordID, member: "m-1", by: F.hotline)
                == .recorded(try Timestamp("2026-11-02T00:00:00Z")))
        #expect(
            try await world.desk(at: "2026-11-03T00:00:00Z").acknowledge(
                notice.id.recordID, member: "m-1", by: .operatingSystemUser("x"))
                == .already(try Timestamp("2026-11-02T00:00:00Z")))
        #expect(try await desk.pendingAcknowledgements(incident: nil).map(\.member) == ["p-1"])
        await #expect(throws: OperationsError.unknownGroup("Z")) {
            try await desk.postNotice(title: "x", body: "", group: "Z", incident: nil, by: F.hotline)
        }
        await #expect(
            throws: OperationsError.invalid([
                Problem(field: "title", rule: "required", message: "the notice needs a title")
            ])
        ) {
            try await desk.postNotice(title: " ", body: "", group: nil, incident: nil, by: F.hotline)
        }
        await #expect(throws: OperationsError.unknown(RecordID(.notice, 9))) {
            try await desk.acknowledge(RecordID(.notice, 9), member: "m-1", by: F.hotline)
        }
        await #expect(throws: OperationsError.unknownMember("nobody")) {
            try await desk.acknowledge(notice.id.recordID, member: "nobody", by: F.hotline)
        }
    }

    @Test(arguments: DeskBackend.allCases) func confirmedPeopleRemovedFromTheRosterAreKeptAndNamed(backend: DeskBackend)
        async throws
    {
        let world = try backend.make(roster: F.roster(staff: 2))
        let desk = world.desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let first = try await desk.plan(incident.id, by: F.hotline)
        _ = try await desk.answer(first.newlyProposed[0].id, .confirm, reason: nil, by: F.hotline)
        var changed = F.roster(staff: 2)
        changed.staff.removeAll { $0.id == first.newlyProposed[0].staff }
        try world.importRoster(changed)
        // Planning never becomes impossible: the confirmed person keeps the slot, named as kept.
        let second = try await desk.plan(incident.id, by: F.hotline)
        #expect(second.newlyProposed.isEmpty)
        #expect(second.kept.map(\.assignment.id) == [first.newlyProposed[0].id])
        #expect(second.kept[0].reason.contains("s-1"))
        #expect(try await desk.assignments(incident: incident.id).map(\.state) == [.confirmed])
        // The name stays with the assignment for lists and reports.
        #expect(try await desk.assignments(incident: incident.id).map(\.staffName) == ["松山 1"])
    }

    @Test(arguments: DeskBackend.allCases) func anAnswerMovesOnlyForwardAndOnlyFromTheStateItExpects(
        backend: DeskBackend
    ) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed[0]
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.illegalMove(proposed.id.recordID, current: .proposed, move: .returned)) {
            try await desk.answer(proposed.id, .returned, reason: nil, by: F.hotline)
        }
        await #expect(throws: OperationsError.conflict("assignment A1 is proposed now, not confirmed")) {
            try await desk.answer(proposed.id, .dispatched, reason: nil, expecting: .confirmed, by: F.hotline)
        }
        await #expect(throws: OperationsError.unknown(RecordID(.assignment, 99))) {
            try await desk.answer(IncidentAssignment.ID(99), .confirm, reason: nil, by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
        let (was, now) = try await desk.answer(proposed.id, .confirm, reason: "了解", expecting: .proposed, by: F.hotline)
        #expect(was.state == .proposed && now.state == .confirmed && now.reason == "了解")
        #expect(try await desk.assignments(incident: incident.id) == [now])
        #expect(
            try await desk.events(incident: incident.id, limit: 1).map(\.text)
                == ["s-1 for R1 period 0: proposed → confirmed (了解)"])
    }

    @Test(arguments: DeskBackend.allCases) func aClosedIncidentTakesNothingMore(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let closed = try await desk.close(incident.id, by: F.hotline)
        #expect(closed.closed == Stamp(time: try Timestamp("2026-11-02T00:00:00Z"), actor: "hotline"))
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.incidentClosed(incident.id.recordID)) {
            try await desk.file(F.shelter(), in: incident.id, by: F.hotline)
        }
        await #expect(throws: OperationsError.incidentClosed(incident.id.recordID)) {
            try await desk.plan(incident.id, by: F.hotline)
        }
        await #expect(throws: OperationsError.incidentClosed(incident.id.recordID)) {
            try await desk.close(incident.id, by: F.hotline)
        }
        #expect(try await DeskSnapshot.of(desk) == before)
    }
}

/// A disaster that spreads: hit municipalities added to an open incident.
@Suite struct DeskExtendTests {
    typealias F = DeskFixtures

    @Test(arguments: DeskBackend.allCases) func anIncidentGrowsAndItsNewTownsMayFile(backend: DeskBackend) async throws
    {
        var roster = F.roster()
        let ozu = try LocalGovernmentCode("382078")
        roster.municipalities.append(
            Municipality(code: ozu, name: "大洲市", kind: .city, latitude: 33.5064, longitude: 132.5447))
        let desk = try backend.make(roster: roster).desk()
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        var fromOzu = F.shelter()
        fromOzu.municipality = ozu
        await #expect(throws: OperationsError.self) { try await desk.file(fromOzu, in: incident.id, by: F.hotline) }
        let before = try await DeskSnapshot.of(desk)
        await #expect(
            throws: OperationsError.invalid([
                Problem(
                    field: "affected", rule: "unknown", message: "131016 is not a municipality of the stored roster",
                    japanese: "131016 は登録されている名簿の市町ではありません。"),
                Problem(
                    field: "affected", rule: "already", message: "宇和島市 (382035) is affected in I1 already",
                    japanese: "宇和島市（382035）は既に I1 の被災市町です。"),
            ])
        ) { try await desk.extend(incident.id, adding: [try LocalGovernmentCode("131016"), F.uwajima], by: F.hotline) }
        #expect(try await DeskSnapshot.of(desk) == before)
        let extended = try await desk.extend(incident.id, adding: [ozu], by: F.hotline)
        #expect(extended.affected == [F.uwajima, ozu])
        #expect(try await desk.incident(incident.id).affected == [F.uwajima, ozu])
        #expect(try await desk.events(incident: incident.id, limit: 1).map(\.text) == ["affected added: 大洲市"])
        let filed = try await desk.file(fromOzu, in: incident.id, by: F.hotline)
        #expect(filed.details.municipality == ozu)
    }
}

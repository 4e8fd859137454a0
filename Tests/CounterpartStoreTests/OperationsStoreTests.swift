import Foundation
import GRDB
import Testing
@testable import CounterpartCore
@testable import CounterpartOperations
@testable import CounterpartStore

/// The incident records in SQLite: what is kept, what is refused, what can never change.
@Suite struct OperationsStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counterpart-operations-\(UUID().uuidString)")
    let ehime = try! LocalGovernmentCode("380008")
    let matsuyama = try! LocalGovernmentCode("382019")
    let uwajima = try! LocalGovernmentCode("382035")
    let stamp = Stamp(time: "2026-11-02T00:00:00Z", actor: "hotline")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    var path: String { folder.appendingPathComponent("counterpart.sqlite").path }

    var roster: Roster {
        Roster(
            prefecture: ehime, effective: try! CalendarDay("2026-04-01"),
            municipalities: [
                Municipality(code: matsuyama, name: "松山市", kind: .city, latitude: 33.8392, longitude: 132.7657),
                Municipality(code: uwajima, name: "宇和島市", kind: .city, latitude: 33.2233, longitude: 132.5606),
            ],
            groups: [CounterpartGroup(id: "A", name: "Aグループ", pairings: [Pairing(affected: uwajima, primary: matsuyama)])],
            members: [HotlineMember(id: "m-1", municipality: uwajima, role: .liaison, name: "宇和島 花子", phone: "0895-00-0000"),
                      HotlineMember(id: "p-1", municipality: ehime, role: .hqPromotion, name: "県庁 花子")],
            staff: [StaffPerson(id: "s-1", municipality: matsuyama, name: "松山 一郎", skills: JobCategorySet([.shelter]),
                                availability: [try! DayRange(from: CalendarDay("2026-04-01"), to: CalendarDay("2027-03-31"))])])
    }

    func storeWithRoster() throws -> RosterStore {
        let store = try RosterStore(path: path)
        _ = try store.importRosters([RosterStore.ImportedFile(path: "r.xml", sha256: String(repeating: "a", count: 64), roster: roster)],
                                    user: "tester", time: "2026-11-01T00:00:00Z", dryRun: false)
        return store
    }

    func shelter(_ headcount: Int = 1) -> RequestDetails {
        RequestDetails(municipality: uwajima, category: .shelter, headcount: headcount,
                       days: try! DayRange(from: CalendarDay("2026-11-02"), to: CalendarDay("2026-11-08")), priority: .critical)
    }

    @Test func aVersion1DatabaseGainsTheIncidentTablesAndKeepsItsRoster() throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1: roster with permanent history")
        try queue.close()
        _ = try storeWithRoster()
        let store = try RosterStore(path: path)
        #expect(try store.currentRoster()?.staff.count == 1)
        #expect(try store.incidents().isEmpty)
    }

    @Test func incidentsNeedAStoredRoster() throws {
        let store = try RosterStore(path: path)
        #expect(throws: StoreError.refused(.noRoster)) {
            try store.openIncident(name: "x", start: CalendarDay("2026-11-02"), rotationDays: 7, affected: [uwajima],
                                   isDrill: false, requests: [], stamp: stamp)
        }
    }

    @Test func theEventRecordAndPlanVersionsCannotBeAlteredOrDeleted() throws {
        let store = try storeWithRoster()
        let (incident, _) = try store.openIncident(name: "豪雨", start: CalendarDay("2026-11-02"), rotationDays: 7, affected: [uwajima],
                                                   isDrill: false, requests: [shelter()], stamp: stamp)
        _ = try store.planIncident(incident.number, stamp: stamp)
        for sql in ["UPDATE event SET text = 'x'", "DELETE FROM event", "UPDATE plan_version SET missing = 9", "DELETE FROM plan_version"] {
            #expect(throws: (any Error).self) { try store.pool.write { db in try db.execute(sql: sql) } }
        }
        #expect(try store.events(incident: incident.number, limit: 20).count == 3)  // opened, filed, planned
    }

    @Test func aCancelledRequestCancelsItsPeopleAndLeavesTheFollowup() throws {
        let store = try storeWithRoster()
        let (incident, requests) = try store.openIncident(name: "豪雨", start: CalendarDay("2026-11-02"), rotationDays: 7,
                                                          affected: [uwajima], isDrill: false, requests: [shelter()], stamp: stamp)
        let outcome = try store.planIncident(incident.number, stamp: stamp)
        #expect(outcome.newlyProposed.map(\.staff) == ["s-1"])
        _ = try store.answer(outcome.newlyProposed[0].number, .confirm, reason: nil, stamp: stamp)
        // R1 and P1, each for m-1 and p-1.
        #expect(try store.pendingAcknowledgements(incident: nil).count == 4)
        let (_, cancelled) = try store.cancelRequest(requests[0].number, reason: "解消", stamp: stamp)
        #expect(cancelled.map(\.state) == [.cancelled])
        #expect(try store.assignments(incident: incident.number).map(\.state) == [.cancelled])
        #expect(try store.pendingAcknowledgements(incident: nil).map(\.item.description) == ["P1", "P1"])
        #expect(throws: StoreError.refused(.requestCancelled(RecordID(.request, 1)))) {
            try store.cancelRequest(requests[0].number, reason: nil, stamp: stamp)
        }
    }

    @Test func drillsStayOutOfTheGeneralFollowup() throws {
        let store = try storeWithRoster()
        let (drill, _) = try store.openIncident(name: "訓練", start: CalendarDay("2026-11-02"), rotationDays: 7, affected: [uwajima],
                                                isDrill: true, requests: [shelter()], stamp: stamp)
        #expect(try store.pendingAcknowledgements(incident: nil).isEmpty)
        #expect(try store.pendingAcknowledgements(incident: nil, includesDrills: true).count == 2)
        #expect(try store.pendingAcknowledgements(incident: drill.number).count == 2)
    }

    @Test func aNoticeToAGroupIsAcknowledgedOnceByEachMember() throws {
        let store = try storeWithRoster()
        let notice = try store.postNotice(title: "燃料", body: "給油所", group: "A", incident: nil, stamp: stamp)
        #expect(notice.id == RecordID(.notice, 1) && notice.audience == 2)
        #expect(try store.acknowledge(notice.id, member: "m-1", stamp: stamp) == .recorded)
        #expect(try store.acknowledge(notice.id, member: "m-1", stamp: Stamp(time: "2026-11-03T00:00:00Z", actor: "x"))
            == .already("2026-11-02T00:00:00Z"))
        #expect(try store.pendingAcknowledgements(incident: nil).map(\.member) == ["p-1"])
        #expect(throws: StoreError.refused(.unknownGroup("Z"))) {
            try store.postNotice(title: "x", body: "", group: "Z", incident: nil, stamp: stamp)
        }
        #expect(throws: StoreError.refused(.unknown(RecordID(.notice, 9)))) { try store.acknowledge(RecordID(.notice, 9), member: "m-1", stamp: stamp) }
    }

    @Test func confirmedPeopleRemovedFromTheRosterStopTheNextPlanWithAClearMessage() throws {
        let store = try storeWithRoster()
        let (incident, _) = try store.openIncident(name: "豪雨", start: CalendarDay("2026-11-02"), rotationDays: 7, affected: [uwajima],
                                                   isDrill: false, requests: [shelter()], stamp: stamp)
        let first = try store.planIncident(incident.number, stamp: stamp)
        _ = try store.answer(first.newlyProposed[0].number, .confirm, reason: nil, stamp: stamp)
        var changed = roster
        changed.staff = []
        _ = try store.importRosters([RosterStore.ImportedFile(path: "r2.xml", sha256: String(repeating: "b", count: 64), roster: changed)],
                                    user: "tester", time: "2026-11-02T00:00:00Z", dryRun: false)
        #expect(throws: StoreError.self) { try store.planIncident(incident.number, stamp: stamp) }
        do {
            _ = try store.planIncident(incident.number, stamp: stamp)
        } catch {
            #expect(error.description.hasPrefix("confirmed people can no longer be kept as they are (the roster changed?):\nA1: "))
        }
    }
}

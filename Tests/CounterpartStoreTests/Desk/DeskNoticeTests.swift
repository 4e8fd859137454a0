import CounterpartCore
import CounterpartOperations
import Testing

/// Notices you can read: listed, shown with who has read them, and in the situation report.
@Suite struct DeskNoticeTests {
    typealias F = DeskFixtures

    @Test(arguments: DeskBackend.allCases) func noticesAreListedShownAndReported(backend: DeskBackend) async throws {
        let world = try backend.make(roster: F.roster())
        let desk = world.desk()
        #expect(try await desk.notices(incident: nil).isEmpty)
        let (incident, _) = try await desk.open(F.opening(), by: F.hotline)
        let fuel = try await desk.postNotice(
            title: "燃料確保", body: "給油所の営業情報\n随時更新", group: "A", incident: incident.id, by: F.hotline)
        let general = try await desk.postNotice(title: "全体連絡", body: "", group: nil, incident: nil, by: F.hotline)
        _ = try await world.desk(at: "2026-11-02T01:00:00Z").acknowledge(
            fuel.id.recordID, member: "m-1", by: .operatingSystemUser("kencho"))

        let all = try await desk.notices(incident: nil)
        #expect(all.map(\.notice.id) == [fuel.id, general.id])
        #expect(all.map(\.notice.audience) == [2, 2])
        #expect(try await desk.notices(incident: incident.id).map(\.notice) == [fuel])
        let shown = try await desk.notice(fuel.id)
        #expect(shown.notice == fuel && shown.notice.body == "給油所の営業情報\n随時更新")
        #expect(
            shown.readers == [
                NoticeRecord.Reader(
                    member: "m-1", municipality: F.uwajima,
                    acknowledged: Stamp(time: try Timestamp("2026-11-02T01:00:00Z"), actor: "kencho")),
                NoticeRecord.Reader(member: "p-1", municipality: F.ehime, acknowledged: nil),
            ])
        #expect(shown.acknowledged.map(\.member) == ["m-1"] && shown.waiting == ["p-1"])
        #expect(try await desk.notice(general.id).waiting == ["m-1", "p-1"])

        // The situation report carries the incident's own notices, title and text.
        let (report, _) = try await desk.situationReport(incident.id)
        #expect(report.notices == [shown])
    }

    @Test(arguments: DeskBackend.allCases) func anUnknownNoticeOrIncidentIsRefused(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: F.roster()).desk()
        let before = try await DeskSnapshot.of(desk)
        await #expect(throws: OperationsError.unknown(RecordID(.notice, 9))) { try await desk.notice(Notice.ID(9)) }
        await #expect(throws: OperationsError.unknown(RecordID(.incident, 4))) {
            try await desk.notices(incident: Incident.ID(4))
        }
        #expect(try await DeskSnapshot.of(desk) == before)
    }
}

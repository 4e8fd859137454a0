import CounterpartCore
import CounterpartOperations
import Foundation
import Testing

@testable import CounterpartNotify

/// Re-notifying a municipality's unread members: the rule, the API, the routing.
@Suite struct RenotifyTests {
    static let uwajima = try! LocalGovernmentCode("382035")

    @Test func unreadMembersAreRenotifiedOnceEveryTenMinutes() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let incident = try await harness.open()
        let request = try await harness.file(incident)
        _ = try await harness.desk.acknowledge(
            request.recordID, member: MemberID("m-382035-1"), by: .member(MemberID("m-382035-1")))
        let first = try await harness.desk.renotify(
            incident: incident, municipality: Self.uwajima, by: NotifyHarness.hq)
        #expect(first.items.map(\.item) == [request.recordID])
        #expect(first.items.first?.members.map(\.rawValue) == ["m-382035-2", "m-382035-3", "m-382035-4"])
        harness.advance(seconds: 599)
        await #expect(throws: OperationsError.tooSoon(request.recordID, until: try Timestamp("2027-01-18T00:10:00Z"))) {
            try await harness.desk.renotify(incident: incident, municipality: Self.uwajima, by: NotifyHarness.hq)
        }
        #expect(
            OperationsError.tooSoon(request.recordID, until: try Timestamp("2027-01-18T00:10:00Z")).japaneseMessage
                == "R1 は10分以内に再通知済みです。2027-01-18 09:10 以降にもう一度お試しください。")
        harness.advance(seconds: 1)
        let again = try await harness.desk.renotify(
            incident: incident, municipality: Self.uwajima, by: NotifyHarness.hq)
        #expect(again.items.count == 1)
        let recorded = try await harness.desk.events(incident: incident, limit: 10).filter { $0.kind == nil }
        #expect(
            recorded.map(\.text) == [
                "re-notified 382035: m-382035-2, m-382035-3, m-382035-4",
                "re-notified 382035: m-382035-2, m-382035-3, m-382035-4",
            ])
    }

    @Test func aMemberWithALineWorksIDGetsADirectMessageTheOthersAreNamedInTheRoom() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let incident = try await harness.open()
        try await harness.file(incident)
        let configuration = harness.configuration(
            lineWorks: "http://127.0.0.1:1", members: ["m-382035-2": "ito@uwajima"])
        let planner = harness.planner(configuration)
        try await planner.fill()
        _ = try await harness.desk.renotify(incident: incident, municipality: Self.uwajima, by: NotifyHarness.hq)
        try await planner.fill()
        let rows = try await harness.outbox().dropFirst()
        #expect(
            rows.map { "\($0.channel) \($0.destination)" } == ["lineworks-room room-A", "lineworks-user ito@uwajima"])
        #expect(
            rows.first?.body == """
                【再通知】R1 未確認です（宇和島市）
                未確認: 大西 隆 さん、二宮 健太 さん、日野 雄一 さん
                対象: 【応援要請】R1 宇和島市 給水 3人
                災害: I1 豪雨
                内容を確認し、確認（既読）をお願いします: https://hotline.example.jp/incidents/I1
                """)
        #expect(rows.last?.body.hasPrefix("【再通知】R1 未確認です（宇和島市）\n対象: ") == true)
    }

    @Test func theAPIReNotifiesForHeadquartersOnly() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let incident = try await harness.open()
        try await harness.file(incident)
        try await harness.board(members: ["hq-1", "m-382035-1"]) { client, tokens in
            let body = #"{"incident":"I1","municipality":"宇和島市"}"#
            let refused = try await client.call(
                .post, "/api/v1/followup/renotify", token: tokens["m-382035-1"], json: body)
            #expect(refused.status == .forbidden)
            let done = try await client.call(.post, "/api/v1/followup/renotify", token: tokens["hq-1"], json: body)
            #expect(done.status == .ok)
            #expect(done.object["incident"] as? String == "I1")
            #expect(done.object["municipality"] as? String == "382035")
            let items = done.object["items"] as? [[String: Any]] ?? []
            #expect(items.map { $0["item"] as? String } == ["R1"])
            #expect(items.first?["members"] as? [String] == ["m-382035-1", "m-382035-2", "m-382035-3", "m-382035-4"])
            #expect((done.object["skipped"] as? [Any])?.isEmpty == true)
            let tooSoon = try await client.call(.post, "/api/v1/followup/renotify", token: tokens["hq-1"], json: body)
            #expect(tooSoon.status == .tooManyRequests)
            #expect(tooSoon.error["code"] as? String == "too-many-requests")
            #expect(tooSoon.error["message"] as? String == "R1 は10分以内に再通知済みです。2027-01-18 09:10 以降にもう一度お試しください。")
            let unknown = try await client.call(
                .post, "/api/v1/followup/renotify", token: tokens["hq-1"],
                json: #"{"incident":"I1","municipality":"999999"}"#)
            #expect(unknown.status == .unprocessableContent)
        }
        _ = incident
    }
}

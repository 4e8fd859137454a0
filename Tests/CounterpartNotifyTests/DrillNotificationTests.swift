import CounterpartCore
import CounterpartOperations
import Foundation
import Testing

@testable import CounterpartNotify

/// A drill played through the board's API, posted to the rooms.
@Suite struct DrillNotificationTests {
    @Test func aDrillThroughTheAPIPostsTheExpectedSequencePerRoom() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        try await harness.board(members: ["hq-1", "m-382035-1"]) { client, tokens in
            let hq = tokens["hq-1"]
            let opened = try await client.call(
                .post, "/api/v1/incidents", token: hq,
                json: #"{"name":"南海トラフ訓練","start":"2027-01-18","affected":["382035","382027"],"drill":true}"#)
            #expect(opened.status == .created || opened.status == .ok)
            let filed = try await client.call(
                .post, "/api/v1/incidents/I1/requests", token: tokens["m-382035-1"],
                json:
                    #"{"municipality":"382035","category":"shelter","headcount":4,"from":"2027-01-18","to":"2027-01-24","priority":"critical"}"#
            )
            #expect(filed.status == .created || filed.status == .ok)
            _ = try await client.call(
                .post, "/api/v1/incidents/I1/requests", token: hq,
                json:
                    #"{"municipality":"382027","category":"water","headcount":2,"from":"2027-01-19","to":"2027-01-25","priority":"high"}"#
            )
            let planned = try await client.call(.post, "/api/v1/incidents/I1/plans", token: hq)
            #expect(planned.status == .created || planned.status == .ok)
            _ = try await client.call(
                .post, "/api/v1/notices", token: hq, json: #"{"title":"訓練の連絡","body":"Cグループは待機","group":"C"}"#)
            _ = try await client.call(
                .post, "/api/v1/notices", token: hq, json: #"{"title":"訓練終了","body":"お疲れさまでした"}"#)
        }
        try await standIn.run { base in
            try await harness.run(try harness.sender(harness.configuration(lineWorks: base))) {
                standIn.posts.count >= 6
            }
        }
        var byRoom: [String: [String]] = [:]
        for post in standIn.posts {
            byRoom[post.target, default: []].append(String(post.text.split(separator: "\n")[0]))
        }
        #expect(byRoom["channels/room-A"] == ["【訓練】【応援要請】R1 宇和島市 避難所運営 4人", "【訓練】【計画版】P1 災害 I1 南海トラフ訓練"])
        #expect(byRoom["channels/room-B"] == ["【訓練】【応援要請】R2 今治市 給水 2人", "【訓練】【計画版】P1 災害 I1 南海トラフ訓練"])
        #expect(byRoom["channels/room-C"] == ["【掲示】N1 訓練の連絡"])
        #expect(byRoom["channels/room-all"] == ["【掲示】N2 訓練終了"])
        #expect(standIn.posts.count == 6)
    }
}

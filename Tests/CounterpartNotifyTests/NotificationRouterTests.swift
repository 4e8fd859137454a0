import CounterpartCore
import CounterpartOperations
import Testing

@testable import CounterpartNotify

/// What is posted where, in Japanese: the outbox as the planner fills it from the record.
@Suite struct NotificationRouterTests {
    @Test func aRequestGoesToItsGroupsRoomInJapanese() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let incident = try await harness.open()
        try await harness.file(incident, note: "給水車の運転ができる方")
        try await harness.planner(harness.configuration(lineWorks: "http://127.0.0.1:1")).fill()
        let rows = try await harness.outbox()
        #expect(rows.map(\.channel) == ["lineworks-room"])
        #expect(rows.map(\.destination) == ["room-A"])
        #expect(rows.map(\.item) == ["R1"])
        #expect(
            rows.first?.body == """
                【応援要請】R1 宇和島市 給水 3人
                災害: I1 豪雨
                期間: 1/18(月)〜1/24(日)　優先度: 通常
                備考: 給水車の運転ができる方
                確認（既読）をお願いします: https://hotline.example.jp/incidents/I1
                """)
    }

    @Test func eachGroupHasItsRoomAndAPlanGoesToEveryGroupConcerned() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        // 宇和島市 (group A), 今治市 (group B), 西条市 (group C).
        let incident = try await harness.open(["382035", "382027", "382060"])
        try await harness.file(incident, municipality: "382035")
        try await harness.file(incident, municipality: "382027")
        try await harness.file(incident, municipality: "382060")
        _ = try await harness.desk.plan(incident, by: NotifyHarness.hq)
        try await harness.planner(harness.configuration(lineWorks: "http://127.0.0.1:1")).fill()
        let rows = try await harness.outbox()
        #expect(
            rows.map { "\($0.item) \($0.destination)" } == [
                "R1 room-A", "R2 room-B", "R3 room-C", "P1 room-A", "P1 room-B", "P1 room-C",
            ])
        #expect(rows[3].body.hasPrefix("【計画版】P1 災害 I1 豪雨\n計画版を記録しました（新規提案 "))
        #expect(rows[3].body.hasSuffix("\n割当を確認し、承諾・辞退を回答してください: https://hotline.example.jp/plans/P1"))
    }

    @Test func aNoticeGoesToItsGroupOrToAll() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        _ = try await harness.desk.postNotice(
            title: "連絡訓練", body: "本日14時に連絡訓練を行います。", group: GroupID("C"), incident: nil, by: NotifyHarness.hq)
        _ = try await harness.desk.postNotice(
            title: "年末の体制", body: "年末年始の連絡体制です。", group: nil, incident: nil, by: NotifyHarness.hq)
        try await harness.planner(harness.configuration(lineWorks: "http://127.0.0.1:1")).fill()
        let rows = try await harness.outbox()
        #expect(rows.map { "\($0.item) \($0.destination)" } == ["N1 room-C", "N2 room-all"])
        #expect(
            rows[0].body == """
                【掲示】N1 連絡訓練
                本日14時に連絡訓練を行います。
                確認（既読）をお願いします: https://hotline.example.jp/notices/N1
                """)
    }

    @Test func aDrillIsMarkedAndEmailGoesToMunicipalitiesThatWantIt() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let incident = try await harness.open(isDrill: true)
        try await harness.file(incident)
        try await harness.planner(harness.configuration(lineWorks: "http://127.0.0.1:1", smtpPort: 25)).fill()
        let rows = try await harness.outbox()
        #expect(
            rows.map { "\($0.channel) \($0.destination)" } == [
                "lineworks-room room-A", "email bosai@city.uwajima.example.jp",
            ])
        #expect(rows[1].subject == "【訓練】【応援要請】R1 宇和島市 給水 3人")
        #expect(rows[1].body.hasPrefix("【訓練】【応援要請】R1 宇和島市 給水 3人\n災害: I1 豪雨\n"))
    }

    @Test func answersAndAcknowledgementsAreNotPostedAndNothingIsQueuedTwice() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let incident = try await harness.open()
        let request = try await harness.file(incident)
        _ = try await harness.desk.acknowledge(
            request.recordID, member: MemberID("m-382035-1"), by: .member(MemberID("m-382035-1")))
        let planner = harness.planner(harness.configuration(lineWorks: "http://127.0.0.1:1"))
        #expect(try await planner.fill() == 1)
        #expect(try await planner.fill() == 0)
        // Read again from the start (a second server, a lost cursor): the outbox keeps one each.
        try await harness.store.write { rows in
            try rows.insertNotifications(try rows.pendingNotifications(channels: ["lineworks-room"], limit: 10))
        }
        #expect(try await harness.outbox().count == 1)
    }

    @Test func aLongTextIsCutToLineWorksLimitKeepingItsLink() {
        let text = "【掲示】N1 長い\n" + String(repeating: "あ", count: 3000) + "\n確認（既読）をお願いします: https://x/notices/N1"
        let fitted = NotificationText.fitted(text)
        #expect(fitted.count == 2000)
        #expect(fitted.hasPrefix("【掲示】N1 長い\n"))
        #expect(fitted.hasSuffix("…\n確認（既読）をお願いします: https://x/notices/N1"))
    }
}

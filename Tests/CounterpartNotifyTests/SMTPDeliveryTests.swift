import CounterpartCore
import CounterpartOperations
import Foundation
import Testing

@testable import CounterpartNotify

/// E-mail through the SMTP stand-in, and a relay that never answers.
@Suite struct SMTPDeliveryTests {
    @Test func aRequestIsMailedInJapanese() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let relay = SMTPStandIn()
        let port = try await relay.start()
        let incident = try await harness.open()
        try await harness.file(incident, note: ".先頭が点の行")
        let sender = try harness.sender(harness.configuration(smtpPort: port), smtpDeadline: .seconds(60))
        // Until the outbox says delivered: the relay keeps the mail before it answers 250.
        try await harness.run(sender) { await harness.isOutboxDone() }
        await relay.stop()
        let mail = try #require(relay.received.first)
        #expect(mail.from == "<hotline@pref.ehime.example.jp>")
        #expect(mail.recipients == ["<bosai@city.uwajima.example.jp>"])
        #expect(mail.authenticated == "relay-user")
        #expect(mail.header("Subject").map(MailMessage.decodedWords) == "【応援要請】R1 宇和島市 給水 3人")
        #expect(mail.header("Content-Type") == "text/plain; charset=UTF-8")
        #expect(mail.header("Message-ID") == "<notify-1.R1@counterpart>")
        #expect(
            mail.body == """
                【応援要請】R1 宇和島市 給水 3人\r
                災害: I1 豪雨\r
                期間: 1/18(月)〜1/24(日)　優先度: 通常\r
                備考: .先頭が点の行\r
                確認（既読）をお願いします: https://hotline.example.jp/incidents/I1
                """)
        #expect(
            try await harness.deliveries().map(\.text) == [
                "notified email bosai@city.uwajima.example.jp (R1, event 3): delivered"
            ])
    }

    @Test func aRecipientTheRelayRefusesIsGivenUp() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let relay = SMTPStandIn()
        let port = try await relay.start()
        var configuration = harness.configuration(smtpPort: port)
        configuration.email?.municipalities["382035"] = ["unknown@example.jp", "bosai@city.uwajima.example.jp"]
        let incident = try await harness.open()
        try await harness.file(incident)
        try await harness.run(try harness.sender(configuration)) {
            await harness.isOutboxDone()
        }
        await relay.stop()
        let rows = try await harness.outbox()
        #expect(rows.map(\.destination) == ["unknown@example.jp", "bosai@city.uwajima.example.jp"])
        #expect(rows.map { $0.abandonedAt != nil } == [true, false])
        #expect(rows.first?.lastError == "SMTP RCPT: 550")
    }

    @Test func dotStuffingAndEncodedWords() {
        #expect(MailMessage.dotStuffed([".a", "b", "..c"]) == ["..a", "b", "...c"])
        #expect(MailMessage.encodedWords("plain") == "plain")
        let words = MailMessage.encodedWords(String(repeating: "応援要請", count: 10))
        #expect(words.split(separator: "\r\n ").allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") })
        #expect(MailMessage.decodedWords(words) == String(repeating: "応援要請", count: 10))
    }

    @Test func aDeadRelayNeverSlowsTheBoardNorTheRooms() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let relay = SMTPStandIn(isSilent: true)
        let port = try await relay.start()
        let standIn = LineWorksStandIn()
        let incident = try await harness.open()
        try await standIn.run { base in
            let sender = try harness.sender(
                harness.configuration(lineWorks: base, smtpPort: port), smtpDeadline: .seconds(30))
            let task = Task { try await sender.run() }
            // Filed while the e-mail lane waits on the relay: the desk answers, the rooms get it.
            for headcount in 1...3 {
                try await harness.file(incident, headcount: headcount)
                sender.poke()
            }
            let start = ContinuousClock.now
            while standIn.posts.count < 3, ContinuousClock.now - start < .seconds(20) {
                try await Task.sleep(for: .milliseconds(20))
            }
            let mails = try await harness.outbox().filter { $0.channel == "email" }
            #expect(mails.count == 3)
            #expect(mails.allSatisfy { $0.isPending })
            sender.stop()
            task.cancel()
            _ = try? await task.value
        }
        await relay.stop()
        #expect(standIn.posts.count == 3)
    }
}

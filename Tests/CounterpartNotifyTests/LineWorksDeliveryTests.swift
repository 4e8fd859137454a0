import CounterpartCore
import CounterpartOperations
import Foundation
import Logging
import Testing

@testable import CounterpartNotify

/// Sending through the LINE WORKS stand-in: the token, 201, 429 storms, 500s, a restart.
@Suite struct LineWorksDeliveryTests {
    @Test func aRequestIsPostedWithASignedTokenAndRecorded() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        let incident = try await harness.open()
        try await harness.file(incident)
        try await harness.file(incident, headcount: 2)
        try await standIn.run { base in
            let sender = try harness.sender(harness.configuration(lineWorks: base))
            try await harness.run(sender) { standIn.posts.count >= 2 }
        }
        #expect(standIn.posts.map(\.target) == ["channels/room-A", "channels/room-A"])
        #expect(standIn.posts.first?.text.hasPrefix("【応援要請】R1 宇和島市 給水 3人\n") == true)
        #expect(standIn.posts.last?.text.hasPrefix("【応援要請】R2 宇和島市 給水 2人\n") == true)
        let state = standIn.state.withLock { $0 }
        #expect(state.tokenRefusals.isEmpty)
        #expect(state.tokensIssued == 1)
        #expect(try await harness.outbox().allSatisfy { $0.deliveredAt != nil && $0.attempts == 0 })
        let records = try await harness.deliveries()
        #expect(
            records.map(\.text) == [
                "notified lineworks-room room-A (R1, event 3): delivered",
                "notified lineworks-room room-A (R2, event 4): delivered",
            ])
        #expect(records.map(\.incident) == [incident, incident])
    }

    @Test func aWrongSecretIsRefusedAndNothingIsLost() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        let incident = try await harness.open()
        try await harness.file(incident)
        try await standIn.run { base in
            let sender = try NotificationSender.make(
                configuration: harness.configuration(lineWorks: base),
                secrets: NotificationSecrets(privateKeyPEM: TestKey.privatePEM, clientSecret: "wrong"),
                storage: harness.store, clock: harness.clock, logger: .init(label: "test"),
                pollInterval: .milliseconds(20), backoff: .init(initial: .milliseconds(20), maximum: .milliseconds(50)))
            try await harness.run(sender) { standIn.state.withLock { $0.tokenRefusals.count >= 2 } }
        }
        #expect(standIn.state.withLock { $0.tokenRefusals.first } == "client")
        #expect(standIn.posts.isEmpty)
        let rows = try await harness.outbox()
        #expect(rows.count == 1)
        #expect(rows.first?.isPending == true)
        #expect((rows.first?.attempts ?? 0) >= 2)
        #expect(rows.first?.lastError == "token: HTTP 400")
    }

    @Test func aStormOf429SlowsSendingButLosesNothing() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        standIn.state.withLock { $0.script = [201, 429, 429, 429, 201, 429] }
        let incident = try await harness.open()
        for headcount in 1...5 { try await harness.file(incident, headcount: headcount) }
        let start = ContinuousClock.now
        try await standIn.run { base in
            let sender = try harness.sender(harness.configuration(lineWorks: base))
            try await harness.run(sender) { standIn.posts.count >= 5 }
        }
        // Four answers of 429 with Retry-After: 1 held sending back four seconds.
        #expect(ContinuousClock.now - start >= .seconds(4))
        #expect(
            standIn.posts.map { $0.text.split(separator: "\n")[0] } == [
                "【応援要請】R1 宇和島市 給水 1人", "【応援要請】R2 宇和島市 給水 2人", "【応援要請】R3 宇和島市 給水 3人",
                "【応援要請】R4 宇和島市 給水 4人", "【応援要請】R5 宇和島市 給水 5人",
            ])
        let rows = try await harness.outbox()
        #expect(rows.map(\.attempts) == [0, 3, 1, 0, 0])
        #expect(rows.allSatisfy { $0.deliveredAt != nil })
        let failures = try await harness.deliveries().map(\.text).filter { $0.contains("failed") }
        #expect(failures.count == 4)
        #expect(
            failures.first
                == "notification to lineworks-room room-A (R2, event 4) failed: message: HTTP 429, retry after 1 s")
    }

    @Test func serverErrorsAreRetriedWithBackOff() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        standIn.state.withLock { $0.script = [500, 503, 500] }
        let incident = try await harness.open()
        try await harness.file(incident)
        try await standIn.run { base in
            let sender = try harness.sender(harness.configuration(lineWorks: base))
            try await harness.run(sender) { standIn.posts.count >= 1 }
        }
        #expect(standIn.state.withLock { $0.answered } == [500, 503, 500, 201])
        let rows = try await harness.outbox()
        #expect(rows.first?.attempts == 3)
        #expect(rows.first?.deliveredAt != nil)
        #expect(
            try await harness.deliveries().map(\.text) == [
                "notification to lineworks-room room-A (R1, event 3) failed: message: HTTP 500; will retry",
                "notification to lineworks-room room-A (R1, event 3) failed: message: HTTP 503; will retry",
                "notification to lineworks-room room-A (R1, event 3) failed: message: HTTP 500; will retry",
                "notified lineworks-room room-A (R1, event 3): delivered",
            ])
    }

    @Test func aRefusalForGoodGivesTheMessageUp() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        standIn.state.withLock { $0.script = [404] }
        let incident = try await harness.open()
        try await harness.file(incident)
        try await harness.file(incident, headcount: 4)
        try await standIn.run { base in
            let sender = try harness.sender(harness.configuration(lineWorks: base))
            try await harness.run(sender) { standIn.posts.count >= 1 }
        }
        let rows = try await harness.outbox()
        #expect(rows.map { $0.abandonedAt != nil } == [true, false])
        #expect(rows.map { $0.deliveredAt != nil } == [false, true])
        #expect(
            try await harness.deliveries().first?.text
                == "notification to lineworks-room room-A (R1, event 3) failed: message: HTTP 404; given up")
    }

    @Test func nothingIsSentTwiceAfterARestartInTheMiddleOfSending() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        let incident = try await harness.open()
        for headcount in 1...10 { try await harness.file(incident, headcount: headcount) }
        try await standIn.run { base in
            let configuration = harness.configuration(lineWorks: base)
            try await harness.run(try harness.sender(configuration)) { standIn.posts.count >= 4 }
            let sentBefore = standIn.posts.count
            #expect(sentBefore < 10)
            // A new process: a new sender, a new token, the same outbox.
            try await harness.run(try harness.sender(configuration)) { standIn.posts.count >= 10 }
            try await Task.sleep(for: .milliseconds(200))
        }
        let texts = standIn.posts.map(\.text)
        #expect(texts.count == 10)
        #expect(Set(texts).count == 10)
        #expect(texts.map { $0.split(separator: " ")[0] } == (1...10).map { "【応援要請】R\($0)" })
        #expect(standIn.state.withLock { $0.tokensIssued } == 2)
        #expect(try await harness.deliveries().count == 10)
    }
}

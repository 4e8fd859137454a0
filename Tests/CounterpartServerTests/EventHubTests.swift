import CounterpartCore
import CounterpartOperations
import CounterpartServer
import Foundation
import Logging
import Testing

@testable import CounterpartServer

/// The hub that feeds live streams: what it reads, whom it shows what, its keep-alive beat,
/// and its end.
@Suite struct EventHubTests {
    /// The next `count` items of `stream` (waiting at most 30 s: the suite runs in parallel).
    static func next(_ count: Int, of stream: AsyncStream<EventHub.Item>) async -> [EventHub.Item] {
        await withTaskGroup(of: [EventHub.Item]?.self) { group in
            group.addTask {
                var items: [EventHub.Item] = []
                for await item in stream {
                    items.append(item)
                    if items.count == count { break }
                }
                return items
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(30))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? []
        }
    }

    @Test func everyNewEventOfTheRecordReachesEverySubscriberInOrder() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let start = try await harness.desk.latestEventID()
        await harness.hub.readNew()
        let first = harness.hub.subscribe()
        let second = harness.hub.subscribe()
        _ = try await harness.openPlannedIncident()
        await harness.hub.readNew()
        let kinds: ([EventHub.Item]) -> [String] = { items in
            items.compactMap { if case .event(let event) = $0 { return event.kind?.rawValue } else { return nil } }
        }
        let seenFirst = kinds(await Self.next(3, of: first.events))
        let seenSecond = kinds(await Self.next(3, of: second.events))
        #expect(seenFirst == ["incident.opened", "request.filed", "plan.stored"])
        #expect(seenSecond == seenFirst)
        #expect(harness.hub.lastID > start)
        first.cancel()
        second.cancel()
    }

    @Test func aMemberSeesEventsOfIncidentsTheyAreConcernedWithOnly() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let before = try await harness.desk.latestEventID()
        _ = try await harness.openPlannedIncident()
        let events = try await harness.desk.events(after: before, limit: 100)
        #expect(events.count >= 3)
        let roster = try #require(try await harness.desk.roster())
        func visibility(_ who: ServerHarness.Who) -> EventVisibility {
            let member = roster.members.first { $0.id.rawValue == who.rawValue }!
            return EventVisibility(
                caller: Caller(member: member, roster: roster, credential: .bearer), desk: harness.desk)
        }
        for who in [ServerHarness.Who.hq, .hit, .supplier, .concerned] {
            var shown = visibility(who)
            for event in events { #expect(await shown.shows(event), "\(who) sees \(event.subject)") }
        }
        var outsider = visibility(.outsider)
        for event in events { #expect(!(await outsider.shows(event)), "group C does not see \(event.subject)") }
        // An event of no incident (a roster import) is everyone's; one of no streamed kind is nobody's.
        let imported = OperationsEvent(
            id: 1, stamp: Stamp(time: harness.desk.clock.now(), actor: "test"), incident: nil, subject: "revision 1",
            text: "roster imported", kind: .rosterImported)
        #expect(await outsider.shows(imported))
        var unkinded = imported
        unkinded.kind = nil
        #expect(!(await outsider.shows(unkinded)))
    }

    @Test func subscribersGetAKeepAliveBeat() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let hub = EventHub(desk: harness.desk, logger: Logger(label: "test"), keepAliveInterval: .milliseconds(100))
        let running = Task { try await hub.run() }
        defer { running.cancel() }
        let subscription = hub.subscribe()
        let items = await Self.next(2, of: subscription.events)
        #expect(items.count == 2)
        #expect(items.allSatisfy { if case .keepAlive = $0 { true } else { false } })
        subscription.cancel()
    }

    @Test func theStreamTextIsOneEventWithItsIdKindAndData() {
        let event = OperationsEvent(
            id: 1234, stamp: Stamp(time: Timestamp(secondsSinceEpoch: 1_800_000_000), actor: "m-382035-1"),
            incident: Incident.ID(1), subject: "R12", text: "filed", kind: .requestFiled, origin: "192.0.2.10")
        #expect(
            EventStreamText.event(event)
                == "id: 1234\nevent: request.filed\n"
                + #"data: {"incident":"I1","item":"R12","at":"2027-01-15T08:00:00Z","by":"m-382035-1"}"# + "\n\n")
    }

    @Test func aFinishedHubEndsEveryStreamAndTakesNoMore() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let subscription = harness.hub.subscribe()
        harness.hub.finishAll()
        var count = 0
        for await _ in subscription.events { count += 1 }
        #expect(count == 0)
        let late = harness.hub.subscribe()
        for await _ in late.events { count += 1 }
        #expect(count == 0)
    }
}

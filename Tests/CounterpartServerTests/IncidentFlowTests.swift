import CounterpartCore
import CounterpartOperations
import Foundation
import HTTPTypes
import Testing

/// A whole incident over HTTP with the members acting for themselves: the hit town files,
/// headquarters plans, the supporter confirms and substitutes, everyone acknowledges; the
/// stored state checked at each step.
@Suite struct IncidentFlowTests {
    @Test func aWholeIncidentWithEveryMemberActingForThemselves() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            // Headquarters opens the incident.
            let opened = try await harness.call(
                client, .post, "/api/v1/incidents", as: .hq,
                json: #"{"name":"南予豪雨","start":"2027-01-18","affected":["宇和島市"]}"#)
            #expect(opened.status == .created)
            #expect(opened.object["id"] as? String == "I1")
            let stored = try await harness.desk.incident(Incident.ID(1))
            #expect(stored.affected == [try LocalGovernmentCode("382035")])
            #expect(stored.opened.actor == "hq-1")

            // The hit town files its own request, in Japanese words.
            let filed = try await harness.call(
                client, .post, "/api/v1/incidents/I1/requests", as: .hit,
                json: #"{"municipality":"宇和島市","category":"給水","headcount":2,"from":"2027-01-18","#
                    + #""to":"2027-01-24","priority":"緊急","note":"市役所本庁舎へ"}"#)
            #expect(filed.status == .created)
            #expect(filed.object["id"] as? String == "R1")
            let request = try await harness.desk.request(IncidentRequest.ID(1))
            #expect(request.details.category == .water)
            #expect(request.details.priority == .critical)
            #expect(request.details.headcount == 2)
            #expect(request.filed.actor == "m-382035-1")

            // Headquarters plans: version 1 proposes people.
            let planned = try await harness.call(client, .post, "/api/v1/incidents/I1/plans", as: .hq)
            #expect(planned.status == .created)
            #expect(planned.object["id"] as? String == "P1")
            let proposed = try await harness.desk.assignments(incident: Incident.ID(1))
            #expect(proposed.count == 2)
            #expect(proposed.allSatisfy { $0.state == .proposed })
            let matsuyama = try LocalGovernmentCode("382019")
            let ours = proposed.filter { $0.supplier == matsuyama }
            try #require(ours.count == 2, "the primary supporter 松山市 sends both")

            // The supporter confirms the first of its people …
            let confirmed = try await harness.call(
                client, .post, "/api/v1/assignments/\(ours[0].id)/answer", as: .supplier,
                json: #"{"action":"confirm","expectedState":"proposed"}"#)
            #expect(confirmed.status == .ok)
            #expect(confirmed.object["state"] as? String == "confirmed")
            #expect(try await harness.desk.assignment(ours[0].id).state == .confirmed)

            // … and sends another of its own people instead of the second.
            let roster = try #require(try await harness.desk.roster())
            let busy = Set(proposed.map(\.staff))
            let candidate = try #require(
                roster.staff.first { person in
                    person.municipality == matsuyama && person.skills.contains(.water) && !busy.contains(person.id)
                })
            let substituted = try await harness.call(
                client, .post, "/api/v1/assignments/\(ours[1].id)/answer", as: .supplier,
                json: #"{"action":"substitute","staff":"\#(candidate.id)","reason":"本人の家が被災"}"#)
            #expect(substituted.status == .ok)
            #expect(substituted.object["staff"] as? String == candidate.id.rawValue)
            let after = try await harness.desk.assignments(incident: Incident.ID(1))
            #expect(after.first { $0.id == ours[1].id }?.state == .withdrawn)
            #expect(substituted.object["state"] as? String == "confirmed", "the supporter's own choice is confirmed")
            #expect(after.contains { $0.staff == candidate.id && $0.state == .confirmed })

            // Everyone acknowledges what is addressed to them, for themselves.
            for who in [ServerHarness.Who.hq, .hit, .supplier, .concerned] {
                let unread = try await harness.call(client, .get, "/api/v1/me/unread", as: who)
                #expect(unread.status == .ok)
                let items = unread.array.compactMap { $0["item"] as? String }
                #expect(items.contains("R1"), "\(who) owes R1")
                #expect(items.contains("P1"), "\(who) owes P1")
                let quoted = items.map { "\"\($0)\"" }.joined(separator: ",")
                let acked = try await harness.call(
                    client, .post, "/api/v1/acks", as: who, json: #"{"items":[\#(quoted)]}"#)
                #expect(acked.status == .ok)
                #expect(acked.array.count == items.count)
                #expect(acked.array.allSatisfy { $0["member"] as? String == who.rawValue })
                let left = try await harness.call(client, .get, "/api/v1/me/unread", as: who)
                #expect(left.array.isEmpty)
            }
            let pending = try await harness.desk.pendingAcknowledgements(incident: Incident.ID(1), includesDrills: true)
            #expect(
                !pending.contains { ["hq-1", "m-382035-1", "m-382019-1", "m-382051-1"].contains($0.member.rawValue) })

            // The record names the members, not the operating-system user.
            let events = try await harness.desk.events(incident: Incident.ID(1), limit: 100)
            #expect(events.contains { $0.stamp.actor == "m-382035-1" && $0.subject == "R1" })
            #expect(events.contains { $0.stamp.actor == "m-382019-1" && $0.subject == ours[0].id.description })
            #expect(!events.contains { $0.stamp.actor == "test" })

            // The situation report sees it all.
            let sitrep = try await harness.call(client, .get, "/api/v1/incidents/I1/sitrep", as: .concerned)
            #expect(sitrep.status == .ok)
            #expect((sitrep.object["incident"] as? [String: Any])?["id"] as? String == "I1")
        }
    }
}

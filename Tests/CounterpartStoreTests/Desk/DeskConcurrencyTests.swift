import CounterpartCore
import CounterpartOperations
import Testing

/// Fifty tasks at once on one store: every accepted change is stored exactly once, none is
/// lost, states only move forward, and the losers of a race are refused as conflicts.
@Suite struct DeskConcurrencyTests {
    typealias F = DeskFixtures

    enum Result: Sendable {
        case confirmed, conflict, recorded, already, changed
        case failed(String)
    }

    @Test(arguments: DeskBackend.allCases) func fiftyTasksAtOnce(backend: DeskBackend) async throws {
        let desk = try backend.make(roster: F.roster(staff: 11)).desk()
        let (incident, requests) = try await desk.open(
            F.opening(requests: [F.shelter(10), F.shelter(1)]), by: F.hotline)
        let proposed = try await desk.plan(incident.id, by: F.hotline).newlyProposed.filter {
            $0.request == requests[0].id
        }
        #expect(proposed.count == 10)
        let items = [requests[0].id.recordID, requests[1].id.recordID, PlanVersionID(1).recordID]
        let members: [MemberID] = ["m-1", "p-1"]
        let all = await withTaskGroup(of: Result.self, returning: [Result].self) { group in
            for task in 0..<50 {
                group.addTask {
                    do {
                        switch task % 5 {
                        case 0, 1:  // two tasks race for each of the ten proposals
                            _ = try await desk.answer(
                                proposed[(task / 5) % 10].id, .confirm, reason: "task \(task)", expecting: .proposed,
                                by: F.hotline)
                            return .confirmed
                        case 2, 3:  // twenty acknowledgements of six (item, member) pairs
                            let pair = (task / 5) * 2 + task % 5 - 2
                            let outcome = try await desk.acknowledge(
                                items[pair % 3], member: members[pair % 2], by: F.hotline)
                            if case .recorded = outcome { return .recorded }
                            return .already
                        default:  // ten changes of the second request
                            var details = F.shelter(task / 5 + 1)
                            details.note = "task \(task)"
                            _ = try await desk.change(requests[1].id, to: details, by: F.hotline)
                            return .changed
                        }
                    } catch {
                        guard let error = error as? OperationsError, case .conflict = error else {
                            return .failed("\(error)")
                        }
                        return .conflict
                    }
                }
            }
            var results: [Result] = []
            for await result in group { results.append(result) }
            return results
        }
        func count(_ kind: (Result) -> Bool) -> Int { all.filter(kind).count }
        #expect(count { if case .failed = $0 { true } else { false } } == 0, "\(all)")
        #expect(count { if case .confirmed = $0 { true } else { false } } == 10)
        #expect(count { if case .conflict = $0 { true } else { false } } == 10)
        #expect(count { if case .recorded = $0 { true } else { false } } == 6)
        #expect(count { if case .already = $0 { true } else { false } } == 14)
        #expect(count { if case .changed = $0 { true } else { false } } == 10)

        let stored = try await desk.assignments(incident: incident.id)
        #expect(stored.filter { $0.request == requests[0].id }.map(\.state) == Array(repeating: .confirmed, count: 10))
        let events = try await desk.events(incident: incident.id, limit: 10_000)
        #expect(events.filter { $0.text.hasSuffix(")") && $0.text.contains("proposed → confirmed") }.count == 10)
        #expect(Set(events.filter { $0.text.contains("proposed → confirmed") }.map(\.subject)).count == 10)
        #expect(events.filter { $0.text.hasPrefix("acknowledged by") }.count == 6)
        #expect(events.filter { $0.text.hasPrefix("changed:") }.count == 10)
        let pending = try await desk.pendingAcknowledgements(incident: incident.id)
        #expect(pending.filter { items.contains($0.item) }.isEmpty)
        let final = try await desk.request(requests[1].id)
        #expect(
            events.first { $0.text.hasPrefix("changed:") }?.text.hasSuffix(
                "×\(final.details.headcount) 2026-11-02..2026-11-08 critical") == true)
    }
}

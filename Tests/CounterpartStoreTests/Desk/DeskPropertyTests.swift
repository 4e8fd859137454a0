import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Foundation
import Testing

/// Random command sequences — open, file, change, cancel, plan, answers, substitutes,
/// unavailable people, imports that remove people, closing — with the invariants checked
/// after every step: no person held twice at the same time across incidents, every held
/// person fits their request, planning never becomes impossible, dispatched people never
/// disappear from the situation report.
@Suite struct DeskPropertyTests {
    typealias F = DeskFixtures

    /// A small linear congruential generator: the same seed, the same sequence.
    struct Dice {
        var state: UInt64
        mutating func roll(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    static let seeds = Array(1...24)

    @Test(arguments: seeds) func invariantsHoldAfterEveryStep(seed: Int) async throws {
        var dice = Dice(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15)
        let full = F.roster(staff: 6)
        let storage = InMemoryStorage()
        storage.importRoster(full)
        let desk = IncidentDesk(storage: storage, clock: .fixed(try Timestamp("2026-11-02T00:00:00Z")))
        var log: [String] = []
        _ = try await desk.open(F.opening(requests: [F.shelter(2), F.shelter(1)]), by: F.hotline)
        for step in 0..<60 {
            let action = try await act(dice.roll(11), &dice, desk: desk, storage: storage, full: full)
            log.append("\(step): \(action)")
            try await checkInvariants(desk, log: log)
        }
        if ProcessInfo.processInfo.environment["COUNTERPART_PROPERTY_STATS"] != nil {
            var states: [AssignmentState: Int] = [:]
            for incident in try await desk.incidents() {
                for assignment in try await desk.assignments(incident: incident.id) {
                    states[assignment.state, default: 0] += 1
                }
            }
            print("seed \(seed): \(states.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" })")
        }
    }

    /// Does one random thing; refusals are fine (they change nothing), but planning must never fail.
    func act(_ choice: Int, _ dice: inout Dice, desk: IncidentDesk, storage: InMemoryStorage, full: Roster) async throws
        -> String
    {
        let incidents = try await desk.incidents()
        let open = incidents.filter(\.isOpen)
        func day(_ offset: Int) -> CalendarDay { F.day("2026-11-02").adding(days: offset) }
        switch choice {
        case 0 where open.count < 3:
            var opening = F.opening(requests: [])
            opening.start = day(dice.roll(10))
            opening.name = "I-\(incidents.count + 1)"
            _ = try? await desk.open(opening, by: F.hotline)
            return "open"
        case 0, 1:
            guard let incident = open.randomElement(using: &dice) else { return "nothing to file in" }
            let from = incident.start.adding(days: dice.roll(14))
            let details = RequestDetails(
                municipality: F.uwajima, category: .shelter, headcount: 1 + dice.roll(3),
                days: DayRange(spanning: from, from.adding(days: dice.roll(12))), priority: .critical)
            _ = try? await desk.file(details, in: incident.id, by: F.hotline)
            return "file in \(incident.id)"
        case 2:
            guard let request = try await someRequest(open, &dice, desk: desk) else { return "no request" }
            var details = request.details
            details.headcount = 1 + dice.roll(3)
            details.days = DayRange(spanning: details.days.from, details.days.from.adding(days: dice.roll(12)))
            _ = try? await desk.change(request.id, to: details, by: F.hotline)
            return "change \(request.id)"
        case 3:
            guard let request = try await someRequest(open, &dice, desk: desk) else { return "no request" }
            _ = try? await desk.cancel(request.id, reason: nil, by: F.hotline)
            return "cancel \(request.id)"
        case 4, 5:
            guard let incident = open.randomElement(using: &dice) else { return "nothing to plan" }
            _ = try await desk.plan(incident.id, by: F.hotline)  // must never fail
            return "plan \(incident.id)"
        case 6, 7, 8:
            guard let incident = incidents.randomElement(using: &dice) else { return "nothing to answer" }
            let assignments = try await desk.assignments(incident: incident.id)
            let live = assignments.filter { !$0.state.isFinal }
            guard let assignment = (live.isEmpty ? assignments : live).randomElement(using: &dice) else {
                return "no assignment"
            }
            // Mostly the answer the state calls for; now and then anything at all.
            let usual: [AssignmentState: IncidentDesk.Answer.Action] = [
                .proposed: dice.roll(4) == 0 ? .move(.decline) : .move(.confirm), .confirmed: .move(.dispatched),
                .dispatched: .move(.returned),
            ]
            let anything: [IncidentDesk.Answer.Action] = [
                .move(.confirm), .move(.decline), .move(.dispatched), .move(.returned),
                .substitute(StaffID("s-\(1 + dice.roll(6))")),
            ]
            let action =
                dice.roll(4) == 0 ? anything[dice.roll(anything.count)] : usual[assignment.state] ?? anything[0]
            _ = try? await desk.answer([IncidentDesk.Answer(assignment.id, action)], by: F.hotline)
            return "answer \(assignment.id) \(action)"
        case 9 where dice.roll(2) == 0:
            var roster = full
            if dice.roll(2) == 0 { roster.staff.remove(at: dice.roll(roster.staff.count)) }
            storage.importRoster(roster)
            return "import \(roster.staff.count) staff"
        default:
            if dice.roll(2) == 0, let incident = open.randomElement(using: &dice) {
                _ = try? await desk.close(incident.id, force: dice.roll(2) == 0, by: F.hotline)
                return "close \(incident.id)"
            }
            let from = day(dice.roll(20))
            _ = try? await desk.declareUnavailable(
                StaffID("s-\(1 + dice.roll(6))"), days: DayRange(spanning: from, from.adding(days: dice.roll(5))),
                reason: "random", by: F.hotline)
            return "unavailable"
        }
    }

    func someRequest(_ open: [Incident], _ dice: inout Dice, desk: IncidentDesk) async throws -> IncidentRequest? {
        guard let incident = open.randomElement(using: &dice) else { return nil }
        return try await desk.requests(incident: incident.id).randomElement(using: &dice)
    }

    func checkInvariants(_ desk: IncidentDesk, log: [String]) async throws {
        var held: [(Incident.ID, IncidentAssignment)] = []
        for incident in try await desk.incidents() {
            let requests = Dictionary(
                uniqueKeysWithValues: try await desk.requests(incident: incident.id).map { ($0.id, $0) })
            let assignments = try await desk.assignments(incident: incident.id)
            for assignment in assignments where assignment.state == .confirmed || assignment.state == .dispatched {
                held.append((incident.id, assignment))
            }
            // Every held person fits their (open) request: inside its days, never more than its headcount.
            let scenario = Scenario(id: "", start: incident.start, rotationDays: incident.rotationDays)
            var perSlot: [String: Int] = [:]
            for assignment in assignments where assignment.state.isHeld {
                guard let request = requests[assignment.request], !request.isCancelled else { continue }
                #expect(
                    scenario.window(of: request.dispatchRequest, inPeriod: assignment.period) != nil,
                    "\(assignment.id) outside \(request.id)\n\(log.joined(separator: "\n"))")
                perSlot["\(request.id) \(assignment.period)", default: 0] += 1
                #expect(
                    perSlot["\(request.id) \(assignment.period)"]! <= request.details.headcount,
                    "\(request.id) overfilled\n\(log.joined(separator: "\n"))")
            }
            // Dispatched people never disappear from the situation report.
            let (report, _) = try await desk.situationReport(incident.id)
            #expect(
                report.supporters.reduce(0) { $0 + $1.away } == assignments.filter { $0.state == .dispatched }.count,
                "sitrep of \(incident.id) lost someone\n\(log.joined(separator: "\n"))")
        }
        // Nobody held twice at the same time, in one incident or across incidents.
        for (index, (incident, first)) in held.enumerated() {
            for (otherIncident, second) in held[(index + 1)...] where first.staff == second.staff {
                #expect(
                    first.window.overlap(with: second.window) == nil,
                    "\(first.staff) held twice: \(incident) \(first.id) and \(otherIncident) \(second.id)\n\(log.joined(separator: "\n"))"
                )
            }
        }
    }
}

extension Array {
    /// A random element drawn with the test's own dice, so that a seed replays exactly.
    fileprivate func randomElement(using dice: inout DeskPropertyTests.Dice) -> Element? {
        isEmpty ? nil : self[dice.roll(count)]
    }
}

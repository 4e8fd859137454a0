import Foundation

@testable import CounterpartCore

/// An independent, brute-force reading of the planning rule for tiny instances: every way
/// to give each free person one request or none is tried. It shares no code with the
/// planner beyond the domain values.
struct ExhaustivePlanner {
    let roster: Roster
    let scenario: Scenario

    /// The tier of a supplier for a requester, by the words of FORMATS.md.
    func tier(_ supplier: LocalGovernmentCode, for requester: LocalGovernmentCode) -> Tier {
        for group in roster.groups {
            for pairing in group.pairings where pairing.affected == requester {
                if pairing.primary == supplier { return .primary }
                if pairing.secondaries.contains(supplier) { return .secondary }
                var members = Set<LocalGovernmentCode>()
                for other in group.pairings {
                    members.insert(other.affected)
                    members.insert(other.primary)
                    members.formUnion(other.secondaries)
                }
                return members.contains(supplier) ? .group : .prefecture
            }
        }
        return .prefecture
    }

    func kilometres(_ a: LocalGovernmentCode, _ b: LocalGovernmentCode) -> Int {
        let one = roster.municipalities.first { $0.code == a }!
        let two = roster.municipalities.first { $0.code == b }!
        let p1 = one.latitude * .pi / 180
        let p2 = two.latitude * .pi / 180
        let l1 = one.longitude * .pi / 180
        let l2 = two.longitude * .pi / 180
        let h = pow(sin((p2 - p1) / 2), 2) + cos(p1) * cos(p2) * pow(sin((l2 - l1) / 2), 2)
        return Int((2 * 6371.0 * asin(min(1, sqrt(h)))).rounded(.toNearestOrAwayFromZero))
    }

    func cost(person: StaffPerson, request: DispatchRequest) -> Int {
        scenario.policy.cost(of: tier(person.municipality, for: request.municipality))
            + kilometres(person.municipality, request.municipality) - scenario.policy.value(of: request.priority)
    }

    /// The least cost of period `period`, given who served in earlier periods (`served`).
    func minimumCost(period: Int, served: [StaffID: Set<Int>]) -> Int {
        let k = scenario.policy.maxConsecutivePeriods
        let active = scenario.requests.filter { scenario.window(of: $0, inPeriod: period) != nil }
        let pins = scenario.pins.filter { $0.period == period }
        let pinned = Set(pins.map(\.staff))
        let capacity = Dictionary(uniqueKeysWithValues: roster.municipalities.map { ($0.code, $0.dispatchCapacity) })
        let pinnedPeriods = Dictionary(grouping: scenario.pins, by: \.staff).mapValues { Set($0.map(\.period)) }
        func hasServed(_ id: StaffID, _ q: Int) -> Bool {
            served[id, default: []].contains(q) || pinnedPeriods[id, default: []].contains(q)
        }
        var pinCost = 0
        var baseFilled: [RequestID: Int] = [:]
        var baseUsed: [LocalGovernmentCode: Int] = [:]
        for pin in pins {
            let person = roster.staff.first { $0.id == pin.staff }!
            let request = scenario.requests.first { $0.id == pin.request }!
            pinCost += cost(person: person, request: request)
            baseFilled[pin.request, default: 0] += 1
            baseUsed[person.municipality, default: 0] += 1
        }
        // Options of each free person: the requests they may fill, by rules 1, 2, 3, 5 and the pin reservation.
        let people = roster.staff.filter { !pinned.contains($0.id) }
        let options: [[Int]] = people.map { person in
            if scenario.affected.contains(person.municipality) { return [] }
            if period >= k && ((period - k)..<period).allSatisfy({ hasServed(person.id, $0) }) { return [] }
            for q in pinnedPeriods[person.id, default: []] where q > period && q - k <= period {
                if ((q - k)..<q).allSatisfy({ $0 == period || hasServed(person.id, $0) }) { return [] }
            }
            return active.indices.filter { index in
                let request = active[index]
                return person.skills.contains(request.category)
                    && !scenario.exclusions.contains(Exclusion(request: request.id, staff: person.id))
                    && person.isAvailable(throughout: scenario.window(of: request, inPeriod: period)!)
            }
        }
        var best = 0
        var choice = [Int](repeating: -1, count: people.count)
        func search(_ position: Int, _ total: Int, _ filled: [Int], _ used: [LocalGovernmentCode: Int]) {
            if position == people.count {
                best = min(best, total)
                return
            }
            search(position + 1, total, filled, used)
            let person = people[position]
            for option in options[position] {
                let request = active[option]
                guard filled[option] + 1 <= request.headcount else { continue }
                if let limit = capacity[person.municipality] ?? nil, used[person.municipality, default: 0] + 1 > limit {
                    continue
                }
                var nextFilled = filled
                var nextUsed = used
                nextFilled[option] += 1
                nextUsed[person.municipality, default: 0] += 1
                choice[position] = option
                search(position + 1, total + cost(person: person, request: request), nextFilled, nextUsed)
            }
        }
        search(0, 0, active.map { baseFilled[$0.id] ?? 0 }, baseUsed)
        return best + pinCost
    }
}

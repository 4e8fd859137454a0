import CounterpartCore

extension PeriodSolver {
    struct SupplyKey: Hashable {
        var municipality: LocalGovernmentCode
        var category: JobCategory
        var covered: WindowSet
        /// What earlier answers say about the people behind it.
        var history: PersonHistory
    }

    /// A supply node: the people of one municipality who can do one category on the same windows.
    struct Supply {
        var key: SupplyKey
        var feeders: [Int]
        /// At most how many people it can send: its people, capped by the municipality's capacity left.
        var bound: Int
    }

    /// A profitable supply-to-request arc of the full network.
    struct Candidate {
        var supply: Int
        var cost: Int
    }

    /// Builds the network, solves it, and names the people: within a class, people are
    /// taken in ascending staff-id order, and requests are served in ascending id order.
    ///
    /// The full network can hold millions of supply-to-request arcs at national scale, so it
    /// is solved by *pricing*: each request starts with only its cheapest suppliers (enough
    /// for twice its open slots), the reduced network is solved exactly, and its potentials
    /// then price every arc left out. An arc of negative reduced cost means the reduced
    /// optimum may not be the full one: that request's list is doubled and the network solved
    /// again. When no arc prices negative, the potentials certify the full network's optimum.
    func flowAssignments(_ problem: PeriodProblem, windows: Windows, classes: [PersonClass]) -> [(
        person: Int, request: Int
    )] {
        let (supplies, classSupplies) = buildSupplies(problem, windows: windows, classes: classes)
        let candidates = candidateLists(problem, windows: windows, supplies: supplies)
        var depth = candidates.enumerated().map { request, list in
            usesPricing
                ? initialDepth(list, supplies: supplies, openSlots: problem.requests[request].openSlots) : list.count
        }
        while true {
            var network = ReducedNetwork(
                problem: problem, classes: classes, classSupplies: classSupplies, supplies: supplies,
                candidates: candidates, depth: depth)
            network.solve()
            let violations = network.pricingViolations(candidates: candidates, depth: depth)
            guard !violations.isEmpty else { return network.namedAssignments(classes: classes) }
            for request in violations { depth[request] = min(candidates[request].count, max(1, depth[request]) * 2) }
        }
    }

    private func buildSupplies(_ problem: PeriodProblem, windows: Windows, classes: [PersonClass]) -> (
        [Supply], [[Int]]
    ) {
        var supplies: [Supply] = []
        var supplyIndex: [SupplyKey: Int] = [:]
        var classSupplies: [[Int]] = []
        for (classIndex, personClass) in classes.enumerated() {
            var links: [Int] = []
            for category in personClass.skills {
                let covered = personClass.covered.restricted(
                    to: windows.ofCategory[category] ?? [], count: windows.list.count)
                guard !covered.isEmpty else { continue }
                let key = SupplyKey(
                    municipality: personClass.municipality, category: category, covered: covered,
                    history: personClass.history)
                if let existing = supplyIndex[key] {
                    supplies[existing].feeders.append(classIndex)
                    supplies[existing].bound += personClass.people.count
                    links.append(existing)
                } else {
                    supplyIndex[key] = supplies.count
                    supplies.append(Supply(key: key, feeders: [classIndex], bound: personClass.people.count))
                    links.append(supplies.count - 1)
                }
            }
            classSupplies.append(links)
        }
        for index in supplies.indices {
            if let left = problem.capacityLeft[supplies[index].key.municipality] {
                supplies[index].bound = min(supplies[index].bound, left)
            }
        }
        return (supplies, classSupplies)
    }

    /// For each request, every supply node that may fill it at a negative cost, cheapest first
    /// (ties by supply order, which is deterministic).
    private func candidateLists(_ problem: PeriodProblem, windows: Windows, supplies: [Supply]) -> [[Candidate]] {
        var suppliesOfCategory: [JobCategory: [Int]] = [:]
        for (index, supply) in supplies.enumerated() {
            suppliesOfCategory[supply.key.category, default: []].append(index)
        }
        let supplierPosition = supplies.map { context.costs.position[$0.key.municipality]! }
        // With earlier proposals, costs are scaled so that keeping one (−1), or not taking a
        // person proposed for a later period (+1), only breaks ties: two sets of assignments
        // differ by at most 2 × (open slots) in adjustments, so scale exceeds that.
        let hasProposals = !problem.preferences.isEmpty || !problem.laterProposals.isEmpty
        let scale = hasProposals ? problem.requests.reduce(1) { $0 + 2 * $1.openSlots } : 1
        return problem.requests.enumerated().map { request, open in
            let window = windows.ofRequest[request]
            let value = policy.value(of: open.request.priority)
            let requester = context.costs.position[open.request.municipality]!
            var list: [Candidate] = []
            for supply in suppliesOfCategory[open.request.category] ?? []
            where supplies[supply].key.covered.contains(window) && supplies[supply].key.history.mayFill(request) {
                let cost = context.costs.entry(supplier: supplierPosition[supply], requester: requester).cost - value
                guard cost < 0 else { continue }
                list.append(
                    Candidate(supply: supply, cost: cost * scale + supplies[supply].key.history.tieBreak(for: request)))
            }
            list.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.supply < $1.supply }
            return list
        }
    }

    /// The shortest prefix of the cheapest suppliers that could send twice the open slots.
    private func initialDepth(_ list: [Candidate], supplies: [Supply], openSlots: Int) -> Int {
        var total = 0
        for (index, candidate) in list.enumerated() {
            total += supplies[candidate.supply].bound
            if total >= 2 * openSlots { return index + 1 }
        }
        return list.count
    }
}

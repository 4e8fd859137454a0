import CounterpartCore

extension PeriodSolver {
    struct SupplyKey: Hashable {
        var municipality: LocalGovernmentCode
        var category: JobCategory
        var covered: WindowSet
    }

    /// Builds the network, solves it, and names the people: within a class, people are
    /// taken in ascending staff-id order, and requests are served in ascending id order.
    func flowAssignments(_ problem: PeriodProblem, windows: Windows, classes: [PersonClass]) -> [(person: Int, request: Int)] {
        let municipalities = Array(Set(classes.map(\.municipality))).sorted()
        let municipalityNode = Dictionary(uniqueKeysWithValues: municipalities.enumerated().map { ($1, 1 + $0) })
        let firstClassNode = 1 + municipalities.count

        var supplyKeys: [SupplyKey] = []
        var supplyIndex: [SupplyKey: Int] = [:]
        var classSupplies: [[Int]] = []
        for personClass in classes {
            var supplies: [Int] = []
            for category in personClass.skills {
                let categoryWindows = windows.ofCategory[category] ?? []
                let covered = personClass.covered.restricted(to: categoryWindows, count: windows.list.count)
                guard !covered.isEmpty else { continue }
                let key = SupplyKey(municipality: personClass.municipality, category: category, covered: covered)
                let index = supplyIndex[key] ?? {
                    supplyKeys.append(key)
                    supplyIndex[key] = supplyKeys.count - 1
                    return supplyKeys.count - 1
                }()
                supplies.append(index)
            }
            classSupplies.append(supplies)
        }
        let firstSupplyNode = firstClassNode + classes.count
        let firstRequestNode = firstSupplyNode + supplyKeys.count
        let sink = firstRequestNode + problem.requests.count
        var network = MinCostFlow(nodeCount: sink + 1)

        var peopleOfMunicipality: [LocalGovernmentCode: Int] = [:]
        for personClass in classes { peopleOfMunicipality[personClass.municipality, default: 0] += personClass.people.count }
        for municipality in municipalities {
            let limit = problem.capacityLeft[municipality] ?? peopleOfMunicipality[municipality]!
            network.addArc(from: 0, to: municipalityNode[municipality]!, capacity: Int64(limit), cost: 0)
        }
        var classArcs: [[(supply: Int, arc: Int)]] = []
        for (index, personClass) in classes.enumerated() {
            let node = firstClassNode + index, size = Int64(personClass.people.count)
            network.addArc(from: municipalityNode[personClass.municipality]!, to: node, capacity: size, cost: 0)
            classArcs.append(classSupplies[index].map { supply in
                (supply, network.addArc(from: node, to: firstSupplyNode + supply, capacity: size, cost: 0))
            })
        }
        var requestsOfCategory: [JobCategory: [Int]] = [:]
        for (index, open) in problem.requests.enumerated() { requestsOfCategory[open.request.category, default: []].append(index) }
        var supplyArcs: [[(request: Int, arc: Int)]] = []
        for (index, key) in supplyKeys.enumerated() {
            var arcs: [(request: Int, arc: Int)] = []
            for request in requestsOfCategory[key.category] ?? [] where key.covered.contains(windows.ofRequest[request]) {
                let open = problem.requests[request]
                let cost = context.costs.entry(supplier: key.municipality, requester: open.request.municipality).cost
                    - policy.value(of: open.request.priority)
                guard cost < 0 else { continue }
                arcs.append((request, network.addArc(from: firstSupplyNode + index, to: firstRequestNode + request,
                                                     capacity: Int64(open.openSlots), cost: Int64(cost))))
            }
            supplyArcs.append(arcs)
        }
        for (index, open) in problem.requests.enumerated() {
            network.addArc(from: firstRequestNode + index, to: sink, capacity: Int64(open.openSlots), cost: 0)
        }
        network.solve(source: 0, sink: sink)
        return namePeople(classes: classes, classArcs: classArcs, supplyArcs: supplyArcs, network: network)
    }

    /// Turns flows into people: each supply node's incoming class flows are matched in order
    /// with its outgoing request flows.
    private func namePeople(
        classes: [PersonClass], classArcs: [[(supply: Int, arc: Int)]], supplyArcs: [[(request: Int, arc: Int)]],
        network: MinCostFlow
    ) -> [(person: Int, request: Int)] {
        var inflows = [[(personClass: Int, amount: Int)]](repeating: [], count: supplyArcs.count)
        for (index, arcs) in classArcs.enumerated() {
            for (supply, arc) in arcs {
                let amount = Int(network.flow(on: arc))
                if amount > 0 { inflows[supply].append((index, amount)) }
            }
        }
        var nextPerson = [Int](repeating: 0, count: classes.count)
        var result: [(person: Int, request: Int)] = []
        for (supply, arcs) in supplyArcs.enumerated() {
            var sources = inflows[supply]
            var position = 0
            for (request, arc) in arcs {
                var amount = Int(network.flow(on: arc))
                while amount > 0 {
                    let taken = min(amount, sources[position].amount)
                    let personClass = sources[position].personClass
                    for _ in 0..<taken {
                        result.append((classes[personClass].people[nextPerson[personClass]], request))
                        nextPerson[personClass] += 1
                    }
                    amount -= taken
                    sources[position].amount -= taken
                    if sources[position].amount == 0 { position += 1 }
                }
            }
        }
        return result
    }
}

import CounterpartCore

/// The period network restricted to each request's first `depth` candidate suppliers, with
/// just the supply, class and municipality nodes those need, numbered in topological order:
/// source, municipalities, classes, supplies, requests, sink.
struct ReducedNetwork {
    typealias Supply = PeriodSolver.Supply
    typealias Candidate = PeriodSolver.Candidate

    private var flow: MinCostFlow
    private let sink: Int
    private let municipalityNode: [LocalGovernmentCode: Int]
    private let classNode: [Int: Int]
    private let supplyNode: [Int: Int]
    private let firstRequestNode: Int
    private let supplies: [Supply]
    private let classMunicipality: [LocalGovernmentCode]
    /// Flow-carrying arcs: class → supply, and supply → request.
    private var classArcs: [(personClass: Int, supply: Int, arc: Int)] = []
    private var requestArcs: [(supply: Int, request: Int, arc: Int)] = []

    init(
        problem: PeriodProblem, classes: [PeriodSolver.PersonClass], classSupplies: [[Int]], supplies: [Supply],
        candidates: [[Candidate]], depth: [Int]
    ) {
        self.supplies = supplies
        classMunicipality = classes.map(\.municipality)
        var usedSupplies = Set<Int>()
        for (request, list) in candidates.enumerated() {
            for candidate in list.prefix(depth[request]) { usedSupplies.insert(candidate.supply) }
        }
        let supplyOrder = usedSupplies.sorted()
        let classOrder = Set(supplyOrder.flatMap { supplies[$0].feeders }).sorted()
        let municipalities = Set(classOrder.map { classes[$0].municipality }).sorted()

        var next = 1
        var municipalityNode: [LocalGovernmentCode: Int] = [:]
        var classNode: [Int: Int] = [:]
        var supplyNode: [Int: Int] = [:]
        for municipality in municipalities {
            municipalityNode[municipality] = next
            next += 1
        }
        for personClass in classOrder {
            classNode[personClass] = next
            next += 1
        }
        for supply in supplyOrder {
            supplyNode[supply] = next
            next += 1
        }
        firstRequestNode = next
        sink = next + problem.requests.count
        self.municipalityNode = municipalityNode
        self.classNode = classNode
        self.supplyNode = supplyNode
        flow = MinCostFlow(nodeCount: sink + 1)

        // The source arcs are those of the full network (all the municipality's classes), so
        // that a left-out class can never make a municipality look saturated.
        var people: [LocalGovernmentCode: Int] = [:]
        for personClass in classes { people[personClass.municipality, default: 0] += personClass.people.count }
        for municipality in municipalities {
            let limit = min(problem.capacityLeft[municipality] ?? Int.max, people[municipality]!)
            flow.addArc(from: 0, to: municipalityNode[municipality]!, capacity: Int64(limit), cost: 0)
        }
        for personClass in classOrder {
            let size = Int64(classes[personClass].people.count)
            let node = classNode[personClass]!
            flow.addArc(from: municipalityNode[classes[personClass].municipality]!, to: node, capacity: size, cost: 0)
            for supply in classSupplies[personClass] {
                guard let target = supplyNode[supply] else { continue }
                classArcs.append((personClass, supply, flow.addArc(from: node, to: target, capacity: size, cost: 0)))
            }
        }
        for (request, list) in candidates.enumerated() {
            let slots = Int64(problem.requests[request].openSlots)
            for candidate in list.prefix(depth[request]) {
                requestArcs.append(
                    (
                        candidate.supply, request,
                        flow.addArc(
                            from: supplyNode[candidate.supply]!, to: firstRequestNode + request, capacity: slots,
                            cost: Int64(candidate.cost))
                    ))
            }
            flow.addArc(from: firstRequestNode + request, to: sink, capacity: slots, cost: 0)
        }
        // Supply → request arcs were added request by request; sort them by supply for naming.
        requestArcs.sort { ($0.supply, $0.request) < ($1.supply, $1.request) }
    }

    mutating func solve() {
        flow.solve(source: 0, sink: sink)
    }

    /// The requests with a left-out candidate of negative reduced cost under the potentials.
    func pricingViolations(candidates: [[Candidate]], depth: [Int]) -> [Int] {
        let potential = flow.potential
        func classPotential(_ personClass: Int) -> Int64 {
            if let node = classNode[personClass] { return potential[node] }
            return municipalityNode[classMunicipality[personClass]].map { potential[$0] } ?? 0
        }
        var supplyPotential = [Int64?](repeating: nil, count: supplies.count)
        for (supply, node) in supplyNode { supplyPotential[supply] = potential[node] }
        func potentialOf(_ supply: Int) -> Int64 {
            if let known = supplyPotential[supply] { return known }
            let value = supplies[supply].feeders.map(classPotential).min() ?? 0
            supplyPotential[supply] = value
            return value
        }
        var violations: [Int] = []
        for (request, list) in candidates.enumerated() where depth[request] < list.count {
            let requestPotential = potential[firstRequestNode + request]
            if list[depth[request]...].contains(where: {
                Int64($0.cost) + potentialOf($0.supply) - requestPotential < 0
            }) {
                violations.append(request)
            }
        }
        return violations
    }

    /// Turns flows into people: each supply node's incoming class flows are matched in order
    /// with its outgoing request flows.
    func namedAssignments(classes: [PeriodSolver.PersonClass]) -> [(person: Int, request: Int)] {
        var inflows: [Int: [(personClass: Int, amount: Int)]] = [:]
        for (personClass, supply, arc) in classArcs {
            let amount = Int(flow.flow(on: arc))
            if amount > 0 { inflows[supply, default: []].append((personClass, amount)) }
        }
        var nextPerson: [Int: Int] = [:]
        var sources: [(personClass: Int, amount: Int)] = []
        var currentSupply = -1
        var position = 0
        var result: [(person: Int, request: Int)] = []
        for (supply, request, arc) in requestArcs {
            var amount = Int(flow.flow(on: arc))
            guard amount > 0 else { continue }
            if supply != currentSupply {
                currentSupply = supply
                sources = inflows[supply] ?? []
                position = 0
            }
            while amount > 0 {
                let taken = min(amount, sources[position].amount)
                let personClass = sources[position].personClass
                for _ in 0..<taken {
                    let index = nextPerson[personClass, default: 0]
                    result.append((classes[personClass].people[index], request))
                    nextPerson[personClass] = index + 1
                }
                amount -= taken
                sources[position].amount -= taken
                if sources[position].amount == 0 { position += 1 }
            }
        }
        return result
    }
}

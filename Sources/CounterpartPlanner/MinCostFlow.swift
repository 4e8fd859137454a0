/// A minimum-cost flow of free value: sends flow from the source to the sink only while
/// an augmenting path of negative cost exists, so the result is a flow of least total cost
/// among flows of every value.
///
/// Algorithm: primal-dual successive shortest paths. Node potentials start as exact
/// shortest distances on the acyclic initial network (one pass in node order, which must be
/// topological); each phase runs Dijkstra on reduced costs (binary heap), then augments a
/// blocking flow over the arcs of zero reduced cost (Dinic-style, by BFS levels), so one
/// phase carries every path of the current shortest length. Integer costs only.
///
/// Complexity: O(P · (A log N + blocking flow)) for P phases (distinct path lengths), A arcs,
/// N nodes. Deterministic: ties are broken by node number and arc order.
struct MinCostFlow {
    private(set) var nodeCount: Int
    private var heads: [Int32] = []
    private var capacities: [Int64] = []
    private var costs: [Int64] = []
    private var tails: [Int32] = []
    private var firstArc: [Int32] = []
    private var nextArc: [Int32] = []
    private var originalCapacity: [Int64] = []
    /// Node potentials after ``solve(source:sink:)``: every arc with residual capacity has
    /// a non-negative reduced cost `cost + potential[tail] − potential[head]`, and the sink's
    /// potential is at least the source's. They are the certificate of optimality: any arc
    /// added with a non-negative reduced cost leaves the flow optimal.
    private(set) var potential: [Int64] = []

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        firstArc = [Int32](repeating: -1, count: nodeCount)
    }

    /// Adds an arc and its residual twin; returns the arc's number (for ``flow(on:)``).
    @discardableResult
    mutating func addArc(from tail: Int, to head: Int, capacity: Int64, cost: Int64) -> Int {
        let arc = heads.count
        append(tail: tail, head: head, capacity: capacity, cost: cost)
        append(tail: head, head: tail, capacity: 0, cost: -cost)
        return arc
    }

    private mutating func append(tail: Int, head: Int, capacity: Int64, cost: Int64) {
        heads.append(Int32(head))
        tails.append(Int32(tail))
        capacities.append(capacity)
        originalCapacity.append(capacity)
        costs.append(cost)
        nextArc.append(firstArc[tail])
        firstArc[tail] = Int32(heads.count - 1)
    }

    /// The flow on an arc returned by ``addArc(from:to:capacity:cost:)``.
    func flow(on arc: Int) -> Int64 { originalCapacity[arc] - capacities[arc] }

    /// Sends flow from `source` to `sink` while it lowers the total cost. Nodes must be
    /// numbered in a topological order of the initial arcs.
    mutating func solve(source: Int, sink: Int) {
        potential = initialPotentials(source: source)
        var distance = [Int64](repeating: .max, count: nodeCount)
        while true {
            shortestDistances(from: source, to: sink, potential: potential, into: &distance)
            // Raise potentials by the distances, capped for nodes beyond the sink (or unreached).
            // When the sink is unreached, unreached nodes rise by at least enough to bring the
            // sink's potential to zero, so that the potentials also certify that no path from
            // the source to the sink, even through arcs added later, can lower the cost.
            let reachedSink = distance[sink] != .max
            let cap =
                reachedSink
                ? distance[sink]
                : max(distance.lazy.filter { $0 != .max }.max() ?? 0, -(potential[sink] - potential[source]))
            for node in 0..<nodeCount {
                potential[node] += min(distance[node], cap)
            }
            guard reachedSink else { return }
            // The true length of the shortest path; stop once it no longer lowers the cost.
            guard potential[sink] - potential[source] < 0 else { return }
            augmentBlockingFlows(source: source, sink: sink)
        }
    }

    /// Shortest distances from `source` on the initial (acyclic) network.
    private func initialPotentials(source: Int) -> [Int64] {
        var potential = [Int64](repeating: 0, count: nodeCount)
        var reached = [Bool](repeating: false, count: nodeCount)
        reached[source] = true
        for node in 0..<nodeCount where reached[node] {
            var arc = firstArc[node]
            while arc >= 0 {
                let index = Int(arc)
                let head = Int(heads[index])
                if capacities[index] > 0 {
                    let candidate = potential[node] + costs[index]
                    if !reached[head] || candidate < potential[head] {
                        potential[head] = candidate
                        reached[head] = true
                    }
                }
                arc = nextArc[index]
            }
        }
        return potential
    }

    /// Dijkstra on reduced costs over arcs with residual capacity (`.max` where unreached),
    /// stopped once the sink is settled: every node not settled by then is at least as far.
    private func shortestDistances(from source: Int, to sink: Int, potential: [Int64], into distance: inout [Int64]) {
        for node in 0..<nodeCount { distance[node] = .max }
        distance[source] = 0
        var heap = RadixHeap()
        heap.push(key: 0, node: Int32(source))
        while let (key, node32) = heap.pop() {
            let node = Int(node32)
            guard key == distance[node] else { continue }
            // Nodes farther than the sink are capped at its distance anyway: stop here.
            if node == sink { return }
            var arc = firstArc[node]
            while arc >= 0 {
                let index = Int(arc)
                if capacities[index] > 0 {
                    let head = Int(heads[index])
                    let candidate = key + costs[index] + potential[node] - potential[head]
                    if candidate < distance[head] {
                        distance[head] = candidate
                        heap.push(key: candidate, node: Int32(head))
                    }
                }
                arc = nextArc[index]
            }
        }
    }

    /// Augments along every path of zero reduced cost, level graph by level graph
    /// (Dinic's blocking flow, with an explicit stack rather than recursion).
    private mutating func augmentBlockingFlows(source: Int, sink: Int) {
        var level = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32]()
        queue.reserveCapacity(nodeCount)
        var path: [Int] = []
        while true {
            for node in 0..<nodeCount { level[node] = -1 }
            level[source] = 0
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(source))
            var position = 0
            while position < queue.count {
                let node = Int(queue[position])
                position += 1
                var arc = firstArc[node]
                while arc >= 0 {
                    let index = Int(arc)
                    let head = Int(heads[index])
                    if level[head] < 0, isAdmissible(index, from: node, to: head) {
                        level[head] = level[node] + 1
                        queue.append(Int32(head))
                    }
                    arc = nextArc[index]
                }
            }
            guard level[sink] >= 0 else { return }
            var current = firstArc
            var node = source
            path.removeAll(keepingCapacity: true)
            while true {
                if node == sink {
                    var amount = Int64.max
                    for arc in path { amount = min(amount, capacities[arc]) }
                    for arc in path {
                        capacities[arc] -= amount
                        capacities[arc ^ 1] += amount
                    }
                    path.removeAll(keepingCapacity: true)
                    node = source
                    continue
                }
                var advanced = false
                while current[node] >= 0 {
                    let index = Int(current[node])
                    let head = Int(heads[index])
                    if level[head] == level[node] + 1, isAdmissible(index, from: node, to: head) {
                        path.append(index)
                        node = head
                        advanced = true
                        break
                    }
                    current[node] = nextArc[index]
                }
                if advanced { continue }
                guard let last = path.popLast() else { break }
                node = Int(tails[last])
                current[node] = nextArc[last]
            }
        }
    }

    /// Whether an arc has residual capacity and zero reduced cost.
    @inline(__always)
    private func isAdmissible(_ arc: Int, from tail: Int, to head: Int) -> Bool {
        capacities[arc] > 0 && costs[arc] + potential[tail] - potential[head] == 0
    }
}

/// A monotone radix heap of (key, node) for Dijkstra: keys are never below the last key
/// popped, so each entry moves down at most 64 buckets over its life. Entries of equal key
/// come out in any order, which changes no distance.
struct RadixHeap {
    private var buckets = [[(key: Int64, node: Int32)]](repeating: [], count: 65)
    private var last: Int64 = 0

    private func bucket(of key: Int64) -> Int {
        key == last ? 0 : 64 - (UInt64(bitPattern: key) ^ UInt64(bitPattern: last)).leadingZeroBitCount
    }

    mutating func push(key: Int64, node: Int32) {
        precondition(key >= last, "a radix heap takes no key below the last one popped")
        buckets[bucket(of: key)].append((key, node))
    }

    mutating func pop() -> (Int64, Int32)? {
        if buckets[0].isEmpty {
            guard let index = (1...64).first(where: { !buckets[$0].isEmpty }) else { return nil }
            let entries = buckets[index]
            buckets[index].removeAll(keepingCapacity: true)
            last = entries.lazy.map(\.key).min()!
            for entry in entries { buckets[bucket(of: entry.key)].append(entry) }
        }
        let entry = buckets[0].removeLast()
        return (entry.key, entry.node)
    }
}

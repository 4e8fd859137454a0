import CounterpartCore
import CounterpartPlanner
import Dispatch
import Synchronization

/// Every single hit (and, at depth 2, every pair of hits) of a roster's municipalities
/// under one demand profile, each planned for rotation period 0 with the real planning rule.
///
/// Sets are independent, so they are planned on several threads; each result is stored at
/// its set's index, so the outcome never depends on thread timing.
public struct CoverageSweep: Sendable {
    /// The roster whose staff cover the hits.
    public var roster: Roster
    /// What each hit municipality needs.
    public var profile: DemandProfile
    /// The first day of rotation period 0.
    public var start: CalendarDay
    /// 1: single hits; 2: single hits and pairs.
    public var depth: Int

    /// A sweep of the roster's municipalities (the prefecture itself is never hit).
    public init(roster: Roster, profile: DemandProfile, start: CalendarDay, depth: Int) {
        self.roster = roster
        self.profile = profile
        self.start = start
        self.depth = depth
    }

    /// The sets tried: singles in code order, then pairs in code order.
    public var sets: [HitSet] {
        HitSet.all(over: roster.municipalities.map(\.code).filter { $0 != roster.prefecture }, depth: depth)
    }

    /// The result of every set, in the order of ``sets``, planned on `workers` threads.
    /// Complexity: one period's plan per set; n + n(n−1)/2 sets for n municipalities at depth 2.
    public func run(workers: Int) -> [CoverageResult] {
        let sets = self.sets
        let threads = max(1, min(workers, sets.count))
        let next = Atomic<Int>(0)
        let finished = Mutex<[(index: Int, result: CoverageResult)]>([])
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var mine: [(index: Int, result: CoverageResult)] = []
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < sets.count else { break }
                mine.append((index, evaluate(sets[index])))
            }
            finished.withLock { $0.append(contentsOf: mine) }
        }
        return finished.withLock { all in all.sorted { $0.index < $1.index }.map(\.result) }
    }

    /// The result of one set: its scenario planned for period 0.
    public func evaluate(_ hits: HitSet) -> CoverageResult {
        let scenario = CoverageScenario.make(hits: hits, profile: profile, roster: roster, start: start)
        let plan: Plan
        do {
            plan = try Planner.plan(roster: roster, scenario: scenario)
        } catch {
            // Only pins can make planning fail, and a coverage scenario has none.
            preconditionFailure("a coverage scenario without pins cannot fail to plan: \(error)")
        }
        return CoverageResult(hits: hits, scenario: scenario, plan: plan, roster: roster)
    }
}

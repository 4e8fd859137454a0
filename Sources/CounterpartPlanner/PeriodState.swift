import CounterpartCore

/// Who has served when, as the periods are planned in order: the memory behind rule 5 and
/// the reservation that pins make.
struct ServiceRecord {
    private var periods: [[Int]]
    private let pinnedPeriods: [Set<Int>]
    let maxConsecutive: Int

    init(staffCount: Int, pinnedPeriods: [Set<Int>], maxConsecutive: Int) {
        periods = [[Int]](repeating: [], count: staffCount)
        self.pinnedPeriods = pinnedPeriods
        self.maxConsecutive = maxConsecutive
    }

    /// Records that the person served in `period` (periods are recorded in ascending order).
    mutating func record(_ person: Int, in period: Int) {
        if periods[person].last != period { periods[person].append(period) }
    }

    /// Whether the person served in `period` (planned or pinned).
    func served(_ person: Int, in period: Int) -> Bool {
        periods[person].contains(period) || pinnedPeriods[person].contains(period)
    }

    /// Rule 5: whether the person served in every one of the `maxConsecutive` periods before `period`.
    func isResting(_ person: Int, in period: Int) -> Bool {
        guard period >= maxConsecutive else { return false }
        return ((period - maxConsecutive)..<period).allSatisfy { served(person, in: $0) }
    }

    /// Whether serving in `period` would make one of the person's later pins break rule 5
    /// (counting only what is planned or pinned so far: later periods check again).
    func isReserved(_ person: Int, in period: Int) -> Bool {
        for pin in pinnedPeriods[person] where pin > period && pin - maxConsecutive <= period {
            if ((pin - maxConsecutive)..<pin).allSatisfy({ $0 == period || served(person, in: $0) }) { return true }
        }
        return false
    }
}

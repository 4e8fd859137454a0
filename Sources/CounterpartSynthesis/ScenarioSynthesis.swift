import CounterpartCore

/// Synthetic scenarios that fit a given roster: affected municipalities and pinned staff
/// are taken from it, and every pin obeys the planning rule's pin conditions.
public enum ScenarioSynthesis {
    /// What to make.
    public struct Parameters: Hashable, Sendable {
        /// The seed of every random choice.
        public var seed: UInt64
        /// How many requests.
        public var requests: Int
        /// How many municipalities are hit (at most all but one of the roster's).
        public var affected: Int
        /// Over how many rotation periods the requests spread.
        public var periods: Int
        /// The length of a rotation period in days.
        public var rotationDays: Int
        /// The first day of period 0.
        public var start: CalendarDay
        /// How many confirmed assignments to pin (as many as can be found, at most).
        public var pins: Int

        /// Parameters; the defaults make an Ehime-sized drill.
        public init(
            seed: UInt64, requests: Int = 60, affected: Int = 3, periods: Int = 4, rotationDays: Int = 7,
            start: CalendarDay = CalendarDay(year: 2026, month: 11, day: 2)!, pins: Int = 0
        ) {
            precondition(requests >= 0 && affected >= 1 && periods >= 1 && rotationDays >= 1 && pins >= 0)
            self.seed = seed
            self.requests = requests
            self.affected = affected
            self.periods = periods
            self.rotationDays = rotationDays
            self.start = start
            self.pins = pins
        }
    }

    static let categoryWeights: [(JobCategory, Double)] = [
        (.shelter, 30), (.general, 15), (.certificate, 12), (.damageSurvey, 12), (.health, 8),
        (.civilEngineering, 6), (.building, 5), (.water, 5), (.waste, 5), (.management, 2),
    ]

    /// Makes a scenario for `roster`; a roster with no municipality to hit gets one with no
    /// requests (the command line refuses such a roster first). Complexity: O(requests +
    /// staff) when pins are asked for.
    public static func make(_ parameters: Parameters, for roster: Roster) -> Scenario {
        guard !roster.municipalities.isEmpty else {
            return Scenario(
                id: "synthetic-\(parameters.seed)", start: parameters.start, rotationDays: parameters.rotationDays)
        }
        // A different stream from the roster's, so that one seed serves both.
        var generator = SeededGenerator(seed: parameters.seed ^ 0x5CE7_A410_0000_0001)
        let candidates = roster.municipalities.map(\.code)
        let hitCount = min(parameters.affected, max(1, candidates.count - 1))
        let affected = Array(generator.shuffled(candidates).prefix(hitCount))
        let totalDays = parameters.periods * parameters.rotationDays
        let requests = (0..<parameters.requests).map { index -> DispatchRequest in
            let offset = generator.below(totalDays)
            let length = 1 + generator.below(max(1, min(totalDays - offset, parameters.rotationDays * 2)))
            let from = parameters.start.adding(days: offset)
            let digits = String(index + 1)
            return DispatchRequest(
                id: RequestID("r-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits),
                municipality: generator.pick(affected),
                category: generator.pick(weighted: categoryWeights),
                headcount: generator.pick(weighted: [(1, 3), (2, 3), (3, 2), (5, 2), (10, 1), (20, 0.5)]),
                days: DayRange(spanning: from, from.adding(days: length - 1)),
                priority: generator.pick(weighted: [(Priority.critical, 1), (.high, 2), (.normal, 3)]))
        }
        var scenario = Scenario(
            id: "synthetic-\(parameters.seed)", name: "合成訓練 \(parameters.seed)", start: parameters.start,
            rotationDays: parameters.rotationDays, affected: affected, requests: requests)
        if parameters.pins > 0 {
            scenario.pins = PinSynthesis.pins(
                count: parameters.pins, scenario: scenario, roster: roster, using: &generator)
        }
        return scenario
    }
}

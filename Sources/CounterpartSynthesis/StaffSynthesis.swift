import CounterpartCore

/// Synthetic dispatchable staff, spread over municipalities by population.
enum StaffSynthesis {
    struct Result {
        var people: [StaffPerson]
        var counts: [LocalGovernmentCode: Int]
    }

    /// How often each category appears among a person's skills.
    static let skillWeights: [(JobCategory, Double)] = [
        (.general, 30), (.shelter, 25), (.certificate, 12), (.damageSurvey, 12), (.health, 5),
        (.civilEngineering, 5), (.building, 4), (.water, 3), (.waste, 3), (.management, 1),
    ]

    static func make(
        count: Int, municipalities: [Municipality], from effective: CalendarDay,
        using generator: inout SeededGenerator
    ) -> Result {
        let shares = apportion(count, by: municipalities.map { $0.population ?? 1 })
        var people: [StaffPerson] = []
        people.reserveCapacity(count)
        var counts: [LocalGovernmentCode: Int] = [:]
        let yearEnd = effective.adding(days: 364)
        for (municipality, share) in zip(municipalities, shares) {
            counts[municipality.code] = share
            guard share > 0 else { continue }
            for number in 1...share {
                let digits = String(number)
                let id = "s-\(municipality.code)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                var skills = JobCategorySet()
                for _ in 0..<generator.integer(in: 1...3) { skills.insert(generator.pick(weighted: skillWeights)) }
                people.append(
                    StaffPerson(
                        id: StaffID(id), municipality: municipality.code,
                        name: JapaneseNames.random(using: &generator), skills: skills,
                        availability: availability(from: effective, to: yearEnd, using: &generator)))
            }
        }
        return Result(people: people, counts: counts)
    }

    /// Mostly the whole year; some people have a gap, a few are never available.
    static func availability(
        from start: CalendarDay, to end: CalendarDay, using generator: inout SeededGenerator
    ) -> [DayRange] {
        let roll = generator.unit()
        if roll < 0.02 { return [] }
        if roll < 0.12 {
            let gapStart = start.adding(days: generator.integer(in: 1...300))
            let gapEnd = gapStart.adding(days: generator.integer(in: 3...45))
            var intervals = [DayRange(spanning: start, gapStart.adding(days: -1))]
            if gapEnd < end { intervals.append(DayRange(spanning: gapEnd.adding(days: 1), end)) }
            return intervals
        }
        return [DayRange(spanning: start, end)]
    }

    /// `total` split in proportion to `weights` by largest remainders; deterministic.
    static func apportion(_ total: Int, by weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { total * $0 / sum }
        let remainders = weights.enumerated().map { ($0.offset, (total * $0.element) % sum) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        for index in 0..<(total - shares.reduce(0, +)) {
            shares[remainders[index % remainders.count].0] += 1
        }
        return shares
    }
}

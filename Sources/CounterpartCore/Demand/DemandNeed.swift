/// One line of a demand profile: how many people of one job category a hit municipality
/// needs, scaled by its population, for how many days and how urgently.
public struct DemandNeed: Hashable, Sendable {
    /// The job asked for.
    public var category: JobCategory
    /// People needed per 10,000 inhabitants, in hundredths (600 means 6.00), so that the
    /// headcount is computed exactly in whole numbers.
    public var hundredthsPerTenThousand: Int
    /// The fewest people asked for, whatever the population (at least 0).
    public var minimum: Int
    /// How many days the people are needed from the first day (at least 1).
    public var days: Int
    /// How urgent the need is.
    public var priority: Priority

    /// A need. `hundredthsPerTenThousand` is the rate per 10,000 inhabitants times 100.
    public init(
        category: JobCategory, hundredthsPerTenThousand: Int, minimum: Int = 0, days: Int,
        priority: Priority = .normal
    ) {
        precondition(hundredthsPerTenThousand >= 0, "a rate per 10,000 inhabitants is not negative")
        precondition(minimum >= 0, "a minimum headcount is not negative")
        precondition(days >= 1, "a need lasts at least one day")
        self.category = category
        self.hundredthsPerTenThousand = hundredthsPerTenThousand
        self.minimum = minimum
        self.days = days
        self.priority = priority
    }

    /// The number of people a municipality of `population` inhabitants needs:
    /// max(minimum, ⌈population × rate / 10,000⌉), exactly, in whole numbers. An unknown
    /// population gives the minimum.
    public func headcount(population: Int?) -> Int {
        guard let population, population > 0 else { return minimum }
        // rate = hundredths / 100, so population × rate / 10,000 = population × hundredths / 1,000,000.
        let (scaled, overflow) = population.multipliedReportingOverflow(by: hundredthsPerTenThousand)
        precondition(!overflow, "population × rate does not fit a whole number")
        let denominator = 1_000_000
        let rounded = scaled / denominator + (scaled % denominator == 0 ? 0 : 1)
        return max(minimum, rounded)
    }

    /// The rate per 10,000 inhabitants as written, with two decimals (for example `6.00`).
    public var rateText: String {
        let fraction = hundredthsPerTenThousand % 100
        return "\(hundredthsPerTenThousand / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

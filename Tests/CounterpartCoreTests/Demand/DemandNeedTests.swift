import Testing

@testable import CounterpartCore

@Suite struct DemandNeedTests {
    func need(_ hundredths: Int, minimum: Int = 0) -> DemandNeed {
        DemandNeed(category: .shelter, hundredthsPerTenThousand: hundredths, minimum: minimum, days: 7)
    }

    @Test func anExactMultipleIsNotRoundedUp() {
        // 6.00 per 10,000 × 70,000 = 42 exactly.
        #expect(need(600).headcount(population: 70_000) == 42)
    }

    @Test func anyFractionRoundsUp() {
        // 6.00 × 70,820 / 10,000 = 42.492 → 43; 0.50 × 10,001 / 10,000 = 0.50005 → 1.
        #expect(need(600).headcount(population: 70_820) == 43)
        #expect(need(50).headcount(population: 10_001) == 1)
        // 1.25 × 8,000 / 10,000 = 1.0 exactly; one more inhabitant tips it to 2.
        #expect(need(125).headcount(population: 8_000) == 1)
        #expect(need(125).headcount(population: 8_001) == 2)
    }

    @Test func theMinimumIsAFloor() {
        // 2.00 × 5,000 / 10,000 = 1, below the minimum of 4.
        #expect(need(200, minimum: 4).headcount(population: 5_000) == 4)
        // 2.00 × 511,192 / 10,000 = 102.2384 → 103, above it.
        #expect(need(200, minimum: 4).headcount(population: 511_192) == 103)
    }

    @Test func zeroRateOrNoMinimumCanGiveNobody() {
        #expect(need(0).headcount(population: 100_000) == 0)
        #expect(need(0, minimum: 3).headcount(population: 100_000) == 3)
        #expect(need(600).headcount(population: 0) == 0)
    }

    @Test func anUnknownPopulationGivesTheMinimum() {
        #expect(need(600, minimum: 4).headcount(population: nil) == 4)
        #expect(need(600).headcount(population: nil) == 0)
    }

    @Test func aLargePopulationIsExact() {
        // 0.01 × 2,147,483,647 / 10,000 = 2,147.483647 → 2,148.
        #expect(need(1).headcount(population: Int(Int32.max)) == 2148)
    }

    @Test func theRateIsWrittenWithTwoDecimals() {
        #expect(need(600).rateText == "6.00")
        #expect(need(5).rateText == "0.05")
        #expect(need(1234).rateText == "12.34")
    }
}

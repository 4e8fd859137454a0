import Testing

@testable import CounterpartCore

@Suite struct DemandCheckTests {
    static func need(_ category: JobCategory) -> DemandNeed {
        DemandNeed(category: category, hundredthsPerTenThousand: 100, days: 7)
    }

    @Test func anEmptyProfileAndDistinctCategoriesAreFine() {
        #expect(DemandCheck.problems(in: DemandProfile(id: "empty")).isEmpty)
        #expect(
            DemandCheck.problems(in: DemandProfile(id: "p", needs: [Self.need(.shelter), Self.need(.health)])).isEmpty)
    }

    @Test func aRepeatedCategoryPointsAtItsFirstNeed() {
        let profile = DemandProfile(
            id: "p", needs: [Self.need(.shelter), Self.need(.health), Self.need(.shelter), Self.need(.shelter)])
        #expect(
            DemandCheck.problems(in: profile) == [
                DemandProblem(.need(2), earlier: .need(0), "category 'shelter' is listed twice"),
                DemandProblem(.need(3), earlier: .need(0), "category 'shelter' is listed twice"),
            ])
    }

    @Test func theProfileFindsItsNeedByCategory() {
        let profile = DemandProfile(id: "p", needs: [Self.need(.shelter), Self.need(.health)])
        #expect(profile.need(for: .health)?.category == .health)
        #expect(profile.need(for: .water) == nil)
        #expect(profile.rotationDays == 7)
    }
}

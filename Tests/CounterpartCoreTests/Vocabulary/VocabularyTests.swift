import Testing

@testable import CounterpartCore

@Suite struct VocabularyTests {
    @Test func jobCategoriesAreExactlyTheTokensOfFormats() {
        #expect(
            JobCategory.allCases.map(\.rawValue) == [
                "shelter", "certificate", "damage-survey", "health", "civil-engineering",
                "building", "water", "waste", "management", "general",
            ])
        #expect(
            JobCategory.allCases.map(\.japaneseLabel) == [
                "避難所運営", "罹災証明書交付", "住家被害認定調査", "保健師", "土木", "建築", "給水", "災害廃棄物", "総括支援", "一般事務",
            ])
        #expect(JobCategory.allCases.map(\.ordinal) == Array(0..<10))
    }

    @Test func hotlineRolesAreExactlyTheTokensOfFormats() {
        #expect(
            HotlineRole.allCases.map(\.rawValue) == [
                "vice-mayor", "disaster-manager", "personnel-manager", "liaison", "hq-disaster", "hq-promotion",
            ])
        #expect(HotlineRole.allCases.filter(\.isHeadquarters) == [.hqDisaster, .hqPromotion])
        #expect(HotlineRole.viceMayor.japaneseLabel == "副市町長")
    }

    @Test func prioritiesKindsAndTiers() {
        #expect(Priority.allCases.map(\.rawValue) == ["critical", "high", "normal"])
        #expect(MunicipalityKind.allCases.map(\.rawValue) == ["city", "town", "village"])
        #expect(Tier.allCases.map(\.rawValue) == ["primary", "secondary", "group", "prefecture"])
    }

    @Test func skillSetsWriteInCanonicalOrder() {
        let skills = JobCategorySet([.general, .shelter, .health, .shelter])
        #expect(skills.description == "shelter health general")
        #expect(skills.count == 3)
        #expect(skills.contains(.health) && !skills.contains(.water))
        #expect(JobCategorySet().isEmpty)
    }
}

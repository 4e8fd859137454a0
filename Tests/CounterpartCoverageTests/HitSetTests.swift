import CounterpartCore
import Testing

@testable import CounterpartCoverage

@Suite struct HitSetTests {
    let codes = [
        LocalGovernmentCode(prefix: 38214), LocalGovernmentCode(prefix: 38201), LocalGovernmentCode(prefix: 38203),
    ]

    @Test func depthOneGivesEverySingleInCodeOrder() {
        #expect(HitSet.all(over: codes, depth: 1).map(\.description) == ["382019", "382035", "382141"])
    }

    @Test func depthTwoAddsEveryPairAfterTheSingles() {
        #expect(
            HitSet.all(over: codes, depth: 2).map(\.description) == [
                "382019", "382035", "382141", "382019+382035", "382019+382141", "382035+382141",
            ])
        // 20 municipalities: 20 singles and 190 pairs.
        let twenty = (0..<20).map { LocalGovernmentCode(prefix: 38201 + $0) }
        #expect(HitSet.all(over: twenty, depth: 2).count == 210)
    }

    @Test func codesAreKeptAscending() {
        #expect(HitSet([codes[0], codes[1]]).codes == [codes[1], codes[0]])
    }
}

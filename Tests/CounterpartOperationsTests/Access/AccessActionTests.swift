import CounterpartCore
import CounterpartOperations
import Testing

@Suite struct AccessActionTests {
    @Test func everyAnswerTheDeskTakesIsOneOfTheTable() {
        #expect(AccessAction.Answer(.move(.confirm)) == .confirm)
        #expect(AccessAction.Answer(.move(.decline)) == .decline)
        #expect(AccessAction.Answer(.move(.dispatched)) == .dispatched)
        #expect(AccessAction.Answer(.move(.returned)) == .returned)
        #expect(AccessAction.Answer(.substitute("s-1")) == .substitute)
    }
}

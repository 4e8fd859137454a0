import Testing

@testable import CounterpartReports

/// The reasons the desk writes on a substitution, in Japanese; typed reasons as typed.
@Suite struct AssignmentReasonTests {
    @Test func substitutionsReadInJapanese() {
        #expect(AssignmentReason.japanese("replaced by s-382019-0002 (A9)") == "s-382019-0002（A9）と交代")
        #expect(
            AssignmentReason.japanese("substitute for s-382019-0358 (A6): 本人の体調不良")
                == "s-382019-0358（A6）の代わり: 本人の体調不良")
        #expect(AssignmentReason.japanese("substitute for s-382019-0358 (A6)") == "s-382019-0358（A6）の代わり")
        #expect(AssignmentReason.japanese("本人の体調不良") == "本人の体調不良")
        #expect(AssignmentReason.japanese("replaced by hand") == "replaced by hand", "only the desk's own form")
    }
}

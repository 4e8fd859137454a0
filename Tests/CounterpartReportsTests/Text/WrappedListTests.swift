import Testing

@testable import CounterpartReports

@Suite struct WrappedListTests {
    @Test func aShortListIsOneLine() {
        #expect(WrappedList.render("  short: ", ["a", "b"], continuation: "    ", width: 100) == "  short: a, b\n")
        #expect(WrappedList.render("  short: ", [], continuation: "    ", width: 100) == "  short: \n")
    }

    /// Six members waiting on one item (the follow-up list in Japanese): as many lines as
    /// they need, none wider than 100 columns, separated by `、`.
    @Test func japaneseItemsWrapWithinTheWidth() {
        let waiting = (1...6).map { "県庁 職員\($0) (県災害対策本部・防災局, hq-\($0))" }
        let text = WrappedList.render(
            "    未読: ", waiting, continuation: "          ", width: 100, language: .japanese)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { TextColumns.displayWidth($0) <= 100 })
        #expect(lines[0].hasPrefix("    未読: 県庁 職員1 (県災害対策本部・防災局, hq-1)、"))
        #expect(lines[1].hasPrefix("          県庁 職員"))
        #expect(lines.joined().replacingOccurrences(of: " ", with: "").contains("hq-2)、県庁"))
    }

    @Test func anItemWiderThanTheLineGetsALineOfItsOwn() {
        let long = String(repeating: "x", count: 30)
        #expect(
            WrappedList.render("> ", ["a", long, "b"], continuation: "  ", width: 20)
                == "> a,\n  \(long),\n  b\n")
    }
}

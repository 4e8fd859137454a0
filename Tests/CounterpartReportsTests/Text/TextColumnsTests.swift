import Testing

@testable import CounterpartReports

@Suite struct TextColumnsTests {
    @Test func noRowsGiveNoText() {
        #expect(TextColumns.render([]) == "")
        #expect(TextColumns.widths(of: []) == [])
    }

    @Test func columnsAreTwoSpacesApartAndTrailingSpacesGo() {
        #expect(TextColumns.render([["a", "bb", ""], ["ccc", "d", ""]], indent: "  ") == "  a    bb\n  ccc  d\n")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextColumns.displayWidth("松山市 a") == 8)
        #expect(TextColumns.render([["松山市", "1"], ["abc", "2"]]) == "松山市  1\nabc     2\n")
    }

    @Test func rowsPrintedApartLineUpWithSharedWidths() {
        let widths = TextColumns.widths(of: [["a", "b"], ["long", "c"]])
        #expect(widths == [4, 1])
        #expect(TextColumns.render([["a", "b"]], widths: widths) == "a     b\n")
    }

    @Test func aRowWiderThanTheWidthsGivenIsLaidOutAsItIs() {
        #expect(TextColumns.render([["a", "b", "c"]], widths: [3]) == "a    b  c\n")
    }
}

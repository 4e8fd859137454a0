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

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("", 0), ("abc", 3), ("松山市", 6), ("ａｂ", 4), ("ｶﾀｶﾅ", 4), ("第1期 (04/01–04/07)", 19),
        ("避難所運営", 10), ("、。「」（）", 12), ("한국", 4), ("𠮷野家", 6), ("🚒", 2), ("—", 1),
        ("\u{FFFD}", 1),
    ])
    func widths(text: String, columns: Int) {
        #expect(TextColumns.displayWidth(text) == columns)
    }

    @Test func combiningMarksAndJoinersTakeNoColumn() {
        #expect(TextColumns.displayWidth("e\u{301}") == 1)  // é as e + combining acute
        #expect(TextColumns.displayWidth("か\u{3099}") == 2)  // が as か + combining voiced mark
        #expect(TextColumns.displayWidth("葛\u{E0100}") == 2)  // an ideographic variation selector
        #expect(TextColumns.displayWidth("a\u{200B}b") == 2)
    }

    @Test func japaneseTablesLineUp() {
        let text = TextColumns.render([
            ["被災市町", "業務区分", "不足"], ["宇和島市", "避難所運営", "4"], ["伊方町, \"佐田岬\"", "保健師", "12"],
        ])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "被災市町          業務区分    不足", "宇和島市          避難所運営  4", "伊方町, \"佐田岬\"  保健師      12",
            ])
        let third = lines.map { line in
            TextColumns.displayWidth(String(line[..<line.range(of: "  ", options: .backwards)!.upperBound]))
        }
        #expect(Set(third).count == 1)
    }
}

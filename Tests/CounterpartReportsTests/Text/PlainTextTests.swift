import Testing

@testable import CounterpartReports

/// Issue 14, item 20: text from the input never acts on the terminal that shows a report.
@Suite struct PlainTextTests {
    @Test func ordinaryTextIsKeptAsItIs() {
        for text in ["", "松山市", "山田 <script>&\"'", "伊方町, \"佐田岬\"", "0895-24-1111", "県庁 防災 (県災害対策本部・防災局)", "👩‍👩‍👧 café"] {
            #expect(PlainText.line(text) == text)
        }
    }

    /// ESC, the other C0 controls, DEL and the C1 controls (U+009B is a one-character CSI).
    @Test func controlCharactersBecomeTheReplacementCharacter() {
        #expect(PlainText.line("\u{1B}[31m赤\u{1B}[0m") == "\u{FFFD}[31m赤\u{FFFD}[0m")
        #expect(PlainText.line("a\u{0}b\u{7}c\u{8}d\u{7F}e") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        #expect(PlainText.line("\u{9B}31m\u{80}\u{9F}") == "\u{FFFD}31m\u{FFFD}\u{FFFD}")
    }

    /// The explicit embeddings, overrides and isolates, and the marks (LRM, RLM, ALM).
    @Test func bidirectionalControlsBecomeTheReplacementCharacter() {
        for control in [
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
            "\u{200E}", "\u{200F}", "\u{61C}",
        ] {
            #expect(PlainText.line("abc\(control)def") == "abc\u{FFFD}def", "\(control.unicodeScalars.first!.value)")
        }
    }

    /// Line breaks of every kind, and tabs, become one space each (CRLF is one break).
    @Test func lineBreaksAndTabsFoldIntoSpaces() {
        #expect(PlainText.line("a\nb") == "a b")
        #expect(PlainText.line("a\r\nb") == "a b")
        #expect(PlainText.line("a\rb\u{B}c\u{C}d") == "a b c d")
        #expect(PlainText.line("a\u{85}b\u{2028}c\u{2029}d") == "a b c d")
        #expect(PlainText.line("a\tb") == "a b")
        #expect(PlainText.line("集合: 宇和島市役所 | 2階\n持参: 寝袋") == "集合: 宇和島市役所 | 2階 持参: 寝袋")
    }

    /// A whole text keeps its own line feeds; everything else is made safe as in a line.
    @Test func aDocumentKeepsItsLineFeeds() {
        #expect(PlainText.document("a\u{1B}[2J\nb\u{202E}c\r\n") == "a\u{FFFD}[2J\nb\u{FFFD}c \n")
        #expect(PlainText.document("松山市\n  宇和島市\n") == "松山市\n  宇和島市\n")
    }
}

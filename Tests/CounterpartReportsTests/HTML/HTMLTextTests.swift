import CounterpartReports
import Testing

@Suite struct HTMLTextTests {
    @Test func emptyTextStaysEmpty() {
        #expect(HTMLText.escaped("") == "")
    }

    @Test func plainAndJapaneseTextIsUnchanged() {
        #expect(HTMLText.escaped("宇和島市 382035 — 一次支援") == "宇和島市 382035 — 一次支援")
    }

    @Test func theFourMarkupCharactersAreReplaced() {
        #expect(HTMLText.escaped("<script>&\"'") == "&lt;script&gt;&amp;&quot;'")
        #expect(HTMLText.escaped("a < b > c") == "a &lt; b &gt; c")
    }

    @Test func anEscapedTextIsEscapedAgain() {
        #expect(HTMLText.escaped("&amp;") == "&amp;amp;")
    }

    /// A quote followed by a combining mark is one `Character` but still ends an attribute.
    @Test func aQuoteWithACombiningMarkIsEscaped() {
        #expect(HTMLText.escaped("\"\u{301}x") == "&quot;\u{301}x")
        #expect(HTMLText.escaped("<\u{338}") == "&lt;\u{338}")
    }
}

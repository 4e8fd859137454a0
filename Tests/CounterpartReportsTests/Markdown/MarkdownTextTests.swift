import Testing

@testable import CounterpartReports

/// Issue 14, item 20: text from the input is shown in Markdown as it is written, never as
/// markup, raw HTML or a line of its own.
@Suite struct MarkdownTextTests {
    @Test func ordinaryTextIsKeptAsItIs() {
        for text in [
            "宇和島市 避難所運営 shelter", "0895-24-1111", "2026-11-02 09:30", "R1, P3", "県庁 防災 (県災害対策本部・防災局)",
            "s-2 for R1 period 0: proposed → declined",
            "Figures from plan version 2; counts are person-periods (people × rotation periods).",
        ] {
            #expect(MarkdownText.escaped(text) == text)
        }
    }

    /// Raw HTML and character references become text: `<`, `>` and `&` as entities.
    @Test func htmlBecomesText() {
        #expect(
            MarkdownText.escaped("南予豪雨 <b>速報</b> & \"土砂|浸水\"")
                == "南予豪雨 &lt;b&gt;速報&lt;/b&gt; &amp; \"土砂\\|浸水\"")
        #expect(MarkdownText.escaped("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(MarkdownText.escaped("&amp; &#60;") == "&amp;amp; &amp;\\#60;")
    }

    /// Emphasis, code, links, images, strikethrough, headings, table cells and escapes.
    @Test func markdownPunctuationIsEscaped() {
        #expect(
            MarkdownText.escaped("*a* **b** _c_ `d` [e](http://f) ![g](h) ~~i~~ #j |k| \\l")
                == "\\*a\\* \\*\\*b\\*\\* \\_c\\_ \\`d\\` \\[e\\](http://f) !\\[g\\](h) \\~\\~i\\~\\~ \\#j \\|k\\| \\\\l"
        )
    }

    /// A line break would start a heading, a list or a row of its own: it becomes a space;
    /// control characters are replaced as in plain text.
    @Test func lineBreaksFoldAndControlsAreReplaced() {
        #expect(MarkdownText.escaped("a\n# 見出し\r\n- b") == "a \\# 見出し - b")
        #expect(MarkdownText.escaped("a\u{1B}[31mb\u{202E}c") == "a\u{FFFD}\\[31mb\u{FFFD}c")
    }
}

import Testing

@testable import CounterpartXML

@Suite struct DiagnosticTests {
    func diagnostics(_ file: String, _ count: Int) -> [Diagnostic] {
        (1...count).map { Diagnostic(file: file, line: $0, message: "problem \($0)") }
    }

    @Test func aFewAreAllShown() {
        #expect(
            diagnostics("a.xml", 3).reportLines() == ["a.xml:1: problem 1", "a.xml:2: problem 2", "a.xml:3: problem 3"])
        #expect(diagnostics("a.xml", 100).reportLines().count == 100)
        #expect([Diagnostic]().reportLines() == [])
    }

    /// Issue 14, item 21: each file's first hundred, then how many more, after that file's.
    @Test func eachFileIsCutAtItsHundredth() {
        let lines = (diagnostics("a.xml", 10_000) + diagnostics("b.xml", 2) + diagnostics("c.xml", 101)).reportLines()
        #expect(lines.count == 100 + 1 + 2 + 100 + 1)
        #expect(lines[99] == "a.xml:100: problem 100")
        #expect(lines[100] == "a.xml: and 9900 more problems not shown (at most 100 are listed for a file)")
        #expect(lines[101] == "b.xml:1: problem 1")
        #expect(lines.last == "c.xml: and 1 more problem not shown (at most 100 are listed for a file)")
        #expect(
            diagnostics("a.xml", 3).reportLines(limit: 2) == [
                "a.xml:1: problem 1", "a.xml:2: problem 2",
                "a.xml: and 1 more problem not shown (at most 2 are listed for a file)",
            ])
    }
}

/// Issue "Japanese first", item 3: a diagnostic in either language, `FILE:LINE: ` in front.
@Suite struct DiagnosticLanguageTests {
    let diagnostic = Diagnostic(
        file: "a.xml", line: 7, message: "code: '382018' is not a valid local government code",
        japanese: "市町の団体コード code=\"382018\" は正しい団体コードではありません。")

    @Test func eachLanguageHasItsSentence() {
        #expect(diagnostic.message(in: .english) == "code: '382018' is not a valid local government code")
        #expect(diagnostic.message(in: .japanese) == "市町の団体コード code=\"382018\" は正しい団体コードではありません。")
        #expect(diagnostic.description == "a.xml:7: code: '382018' is not a valid local government code")
        #expect(diagnostic.description(in: .japanese) == "a.xml:7: 市町の団体コード code=\"382018\" は正しい団体コードではありません。")
    }

    @Test func englishOnlyDiagnosticsQuoteTheEnglishInJapanese() {
        let english = Diagnostic(file: "a.xml", line: nil, message: "bad")
        #expect(english.description(in: .japanese) == "a.xml: 問題があります（英語の説明）: bad")
        #expect(english == Diagnostic(file: "a.xml", line: nil, message: "bad", japanese: "悪い"))
    }

    @Test func reportLinesInJapaneseAreCutTheSameWay() {
        let many = Array(repeating: diagnostic, count: 3)
        #expect(many.reportLines(in: .english) == many.reportLines())
        #expect(
            many.reportLines(in: .japanese, limit: 2) == [
                "a.xml:7: 市町の団体コード code=\"382018\" は正しい団体コードではありません。",
                "a.xml:7: 市町の団体コード code=\"382018\" は正しい団体コードではありません。",
                "a.xml: ほかに 1 件の問題があります（1つのファイルにつき 2 件まで表示します）",
            ])
    }
}

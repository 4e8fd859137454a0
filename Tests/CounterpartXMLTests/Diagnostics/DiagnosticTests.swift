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

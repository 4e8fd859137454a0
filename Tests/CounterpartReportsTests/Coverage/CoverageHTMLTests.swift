import Testing

@testable import CounterpartReports

@Suite struct CoverageHTMLTests {
    /// D's name, with a comma and quotes, is escaped wherever it is shown.
    @Test func singlesAndPairs() throws {
        let html = CoverageHTML.render(CoverageFixtures.report)
        try Golden.check(html, "coverage.html")
        #expect(!html.contains("\"佐田岬\"") && html.contains("伊方町, &quot;佐田岬&quot; 384429"))
    }

    /// None when nothing is missing, light up to a quarter missing, heavy beyond.
    @Test(arguments: [
        (0, 4, "none"), (-1, 4, "none"), (1, 4, "light"), (1, 3, "heavy"), (2, 8, "light"), (3, 8, "heavy"),
    ])
    func cellShades(missing: Int, needed: Int, shade: String) {
        #expect(CoverageHTML.shade(missing: missing, needed: needed) == shade)
    }
}

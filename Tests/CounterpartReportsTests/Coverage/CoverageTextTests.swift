import CounterpartReports
import Testing

@Suite struct CoverageTextTests {
    @Test func singlesAndPairs() throws {
        try Golden.check(CoverageText.render(CoverageFixtures.report), "coverage.txt")
    }
}

@Suite struct CoverageJapaneseTests {
    static let report = CoverageReport(
        roster: CoverageFixtures.report.roster, profile: CoverageFixtures.report.profile,
        start: CoverageFixtures.report.start, startSource: "名簿の基準日", depth: 2,
        results: CoverageFixtures.report.results)

    @Test func asText() throws {
        try Golden.checkJapanese(CoverageText.render(Self.report, language: .japanese), "coverage.ja.txt")
    }

    @Test func asHTML() throws {
        let html = CoverageHTML.render(Self.report, language: .japanese)
        try Golden.check(html, "coverage.ja.html")
        #expect(!html.contains("\"佐田岬\"") && html.contains("伊方町, &quot;佐田岬&quot; 384429"))
    }

    /// The header row in Japanese, the fields as in English (scripts read them).
    @Test func csvHeadersOnly() {
        let english = CoverageCSV.render(Self.report)
        let japanese = CoverageCSV.render(Self.report, language: .japanese)
        #expect(japanese.hasPrefix("被災市町コード,被災市町,業務区分,優先度,必要人数,充足人数,不足人数,一次支援,二次支援,グループ内,県内\r\n"))
        #expect(english.drop { $0 != "\r\n" } == japanese.drop { $0 != "\r\n" })
    }
}

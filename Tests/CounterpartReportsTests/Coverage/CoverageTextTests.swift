import CounterpartReports
import Testing

@Suite struct CoverageTextTests {
    @Test func singlesAndPairs() throws {
        try Golden.check(CoverageText.render(CoverageFixtures.report), "coverage.txt")
    }
}

import Testing

@testable import CounterpartReports

@Suite struct CoverageCSVTests {
    @Test func aPlainFieldIsWrittenAsItIs() {
        #expect(CoverageCSV.quoted("") == "")
        #expect(CoverageCSV.quoted("松山市+今治市") == "松山市+今治市")
    }

    @Test func aFieldWithACommaOrAQuoteIsQuotedAndItsQuotesDoubled() {
        #expect(CoverageCSV.quoted("a,b") == "\"a,b\"")
        #expect(CoverageCSV.quoted("松山市, \"本庁\"") == "\"松山市, \"\"本庁\"\"\"")
    }

    @Test func aFieldWithALineBreakIsQuoted() {
        #expect(CoverageCSV.quoted("a\r\nb") == "\"a\r\nb\"")
        #expect(CoverageCSV.quoted("a\nb") == "\"a\nb\"")
        #expect(CoverageCSV.quoted("a\rb") == "\"a\rb\"")
    }

    /// `"` or `,` followed by a combining mark is one `Character`, but a CSV reader sees the byte.
    @Test func aQuoteOrCommaWithACombiningMarkIsQuoted() {
        #expect(CoverageCSV.quoted("a\"\u{301}b") == "\"a\"\"\u{301}b\"")
        #expect(CoverageCSV.quoted("a,\u{301}b") == "\"a,\u{301}b\"")
    }

    /// D's name, with a comma and quotes, is quoted with its quotes doubled; lines end with CRLF.
    @Test func singlesAndPairs() throws {
        try Golden.check(CoverageCSV.render(CoverageFixtures.report), "coverage.csv")
    }

    @Test func aRowEndsWithCRLF() {
        #expect(CoverageCSV.row([]) == "\r\n")
        #expect(CoverageCSV.row(["1", "a,b", "c"]) == "1,\"a,b\",c\r\n")
    }
}

import CounterpartCore
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

    /// OWASP's advice against CSV injection: a text field a spreadsheet would run as a formula
    /// (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a `'` in front,
    /// inside double quotes.
    @Test func aTextFieldThatASpreadsheetWouldRunIsNeutralised() {
        #expect(CoverageCSV.text("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CoverageCSV.text("+cmd|' /C calc'!A0") == "\"'+cmd|' /C calc'!A0\"")
        #expect(CoverageCSV.text("-2+3") == "\"'-2+3\"")
        #expect(CoverageCSV.text("@SUM(A1:A9)") == "\"'@SUM(A1:A9)\"")
        #expect(CoverageCSV.text("\t=1") == "\"'\t=1\"")
        #expect(CoverageCSV.text("\r=1") == "\"'\r=1\"")
    }

    @Test func aTextFieldStartingOtherwiseIsOnlyQuotedAsNeeded() {
        #expect(CoverageCSV.text("松山市+今治市") == "松山市+今治市")
        #expect(CoverageCSV.text("a=b") == "a=b")
        #expect(CoverageCSV.text(" =1") == " =1")
        #expect(CoverageCSV.text("") == "")
        #expect(CoverageCSV.text("a,=b") == "\"a,=b\"")
    }

    /// Figures Counterpart writes itself stay numbers a spreadsheet can add up, negative ones too.
    @Test func aNumberStaysANumber() {
        #expect(CoverageCSV.record([.number(-3), .number(0), .number(12), .text("-3")]) == "-3,0,12,\"'-3\"\r\n")
    }

    /// A municipality named like a formula: the name is neutralised in `hit_names`; the rest
    /// of the row is as before.
    @Test func aNameThatLooksLikeAFormulaIsNeutralisedInTheReport() {
        var roster = ReportFixtures.roster
        let index = roster.municipalities.firstIndex { $0.code == ReportFixtures.a }!
        roster.municipalities[index].name = "=HYPERLINK(\"http://evil.example\",\"松山市\")"
        let report = CoverageReport(
            roster: roster, profile: CoverageFixtures.profile, start: roster.effective, startSource: "test", depth: 2,
            results: CoverageFixtures.results)
        let lines = CoverageCSV.render(report).split(separator: "\r\n" as Character).map(String.init)
        #expect(
            lines[1] == "382019,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"松山市\"\")\",shelter,critical,8,5,3,3,2,0,0"
        )
        #expect(lines.filter { $0.contains("=HYPERLINK") }.allSatisfy { $0.contains(",\"'=HYPERLINK") })
    }
}

import Testing

@testable import CounterpartXML

@Suite struct LineNumberTests {
    let folder = TemporaryFolder()

    @Test func linesAbove65535AreExact() {
        // 70,000 staff, one per line after 5 header lines: person n stands on line 5 + n.
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities><municipality code="382019" name="松山市" kind="city" lat="33.8" lon="132.7"/></municipalities>
              <!-- staff follow -->
              <staff>

            """
        for number in 1...70_000 {
            let skills = number == 69_999 ? "cooking" : "shelter"
            text += "<person id=\"s-\(number)\" municipality=\"382019\" name=\"x\" skills=\"\(skills)\"/>\n"
        }
        text += "<person id=\"s-70000\" municipality=\"382019\" name=\"x\" skills=\"general\"/>\n</staff>\n</roster>\n"
        let diagnostics = RosterReader.read(path: folder.write("long.xml", text)).diagnostics
        // s-69999 (line 70,004) breaks the schema; the repeated s-70000 (line 70,006) is a duplicate.
        #expect(diagnostics.map(\.line) == [70_004, 70_006])
        #expect(diagnostics.last?.message == "staff id 's-70000' is used twice")
    }

    @Test func aStartTagOverSeveralLinesIsReportedAtItsFirstLine() {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scenario xmlns="urn:counterpart:scenario:1" id="d"
                      start="2026-11-01" rotationDays="7" colour="red">
              <affected code="382035"/>
              <request id="r-1" municipality="382019" category="shelter" headcount="1"
                       from="2026-11-02" to="2026-11-15"/>
            </scenario>

            """
        let diagnostics = ScenarioReader.read(path: folder.write("multi.xml", text)).diagnostics
        #expect(diagnostics.map(\.line) == [2, 5])
        #expect(
            diagnostics[1].message == "request 'r-1' comes from municipality 382019, which is not listed as affected")
    }
}

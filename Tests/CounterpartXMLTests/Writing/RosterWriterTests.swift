import CounterpartCore
import Testing

@testable import CounterpartXML

@Suite struct RosterWriterTests {
    let folder = TemporaryFolder()

    func exampleRoster() throws -> Roster {
        try #require(RosterReader.read(path: folder.write("example.xml", FormatsExamples.roster)).roster)
    }

    @Test func writesTheCanonicalForm() throws {
        // The FORMATS.md example is already canonical but for its XML declaration's spacing: byte for byte.
        let written = String(decoding: RosterWriter.bytes(of: try exampleRoster()), as: UTF8.self)
        #expect(written == FormatsExamples.roster)
    }

    @Test func readWriteReadGivesTheSameModel() throws {
        let roster = try exampleRoster()
        let again = RosterReader.read(path: folder.write("again.xml", RosterWriter.bytes(of: roster)))
        #expect(again.diagnostics.isEmpty)
        #expect(again.roster == roster)
    }

    @Test func theShippedEhimeRosterRoundTrips() throws {
        let shipped = try #require(RosterReader.read(path: RepositoryPaths.path("Data/ehime/roster.xml")).roster)
        let bytes = RosterWriter.bytes(of: shipped)
        #expect(RosterReader.read(path: folder.write("ehime.xml", bytes)).roster == shipped)
        #expect(RosterWriter.bytes(of: shipped) == bytes)
    }

    @Test func escapesWhatXMLReserves() throws {
        var roster = try exampleRoster()
        roster.members[0].name = "A & B <\"quoted\"> 'x'\ttab\nnew line"
        roster.staff[0].name = "松山 一郎 & 二郎"
        let text = String(decoding: RosterWriter.bytes(of: roster), as: UTF8.self)
        #expect(text.contains("name=\"A &amp; B &lt;&quot;quoted&quot;&gt; 'x'&#9;tab&#10;new line\""))
        #expect(RosterReader.read(path: folder.write("escaped.xml", text)).roster == roster)
    }

    @Test func aMunicipalityFileIsWrittenWithItsScopeAndWithoutMunicipalities() throws {
        var roster = try exampleRoster()
        roster.scope = .municipality(try LocalGovernmentCode("382019"))
        roster.municipalities = []
        roster.groups = []
        roster.members = []
        let text = String(decoding: RosterWriter.bytes(of: roster), as: UTF8.self)
        #expect(
            text.hasPrefix(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01" scope="municipality" municipality="382019">
                  <staff>
                """))
        #expect(RosterReader.read(path: folder.write("one.xml", text)).roster == roster)
    }

    @Test func optionalPartsAreLeftOutAndComeBackAsTheyWere() throws {
        var roster = try exampleRoster()
        roster.groups[0].pairings[0].status = .proposed
        roster.groups.append(CounterpartGroup(id: "D", name: "D"))
        roster.staff[0].availability = []
        roster.members[0].phone = nil
        let text = String(decoding: RosterWriter.bytes(of: roster), as: UTF8.self)
        #expect(text.contains("<pairing affected=\"382035\" primary=\"382019\" status=\"proposed\">"))
        #expect(text.contains("<group id=\"D\" name=\"D\"/>"))
        #expect(text.contains("skills=\"shelter general\"/>"))
        #expect(RosterReader.read(path: folder.write("optional.xml", text)).roster == roster)
    }
}

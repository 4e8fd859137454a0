import Testing

@testable import CounterpartXML

@Suite struct CrowdedTagScanTests {
    let folder = TemporaryFolder()

    func scan(_ text: String, rootOnly: Bool = false) -> CrowdedTagScan.Finding? {
        Array(text.utf8).withUnsafeBytes { CrowdedTagScan.scan($0, rootOnly: rootOnly) }
    }

    func attributes(_ count: Int, value: String = "x") -> String {
        (0..<count).map { " a\($0)=\"\(value)\"" }.joined()
    }

    @Test func aHundredAttributesAreAllowedAndOneMoreIsNot() {
        #expect(scan("<r\(attributes(100))/>") == nil)
        #expect(scan("<r>\n<e\(attributes(101))/></r>") == .init(line: 2, name: "e", attributes: 101))
    }

    /// `=` inside values, in either quote, and `>` inside values are not attributes or ends.
    @Test func valuesAreSkipped() {
        #expect(scan("<r a=\"===>>'\" b='\"==\"'\(attributes(98, value: "=>"))/>") == nil)
        #expect(scan("<r a=\"===>>'\" b='\"==\"'\(attributes(99, value: "=>"))/>")?.attributes == 101)
    }

    /// Comments, CDATA, processing instructions and end tags are passed over, with their lines.
    @Test func otherMarkupIsPassedOver() {
        let crowded = "<e\(attributes(200))/>"
        let text = "<?xml version=\"1.0\"?>\n<!-- \(crowded) -->\n<r><![CDATA[\n\(crowded)]]><?pi \(crowded)?></r>\n"
        #expect(scan(text) == nil)
        #expect(scan(text + "<x/>\n" + crowded) == .init(line: 6, name: "e", attributes: 200))
    }

    @Test func rootOnlyStopsAfterTheFirstStartTag() {
        let text = "<?xml version=\"1.0\"?>\n<r xmlns=\"urn:x\">\n<e\(attributes(200))/></r>"
        #expect(scan(text, rootOnly: true) == nil)
        #expect(scan(text)?.line == 3)
        #expect(scan("<r\(attributes(150))>", rootOnly: true)?.attributes == 150)
    }

    @Test func brokenInputEndsTheScan() {
        #expect(scan("") == nil)
        #expect(scan("<") == nil)
        #expect(scan("<r a=\"unterminated") == nil)
        #expect(scan("<!-- unterminated") == nil)
        #expect(scan("<r a=\"1\" <e\(attributes(101))/>")?.name == "e")
    }

    /// The fast pass gives up on a crowded tag without giving it to libxml2 (the careful
    /// reading then refuses the file), and on a long stretch without markup.
    @Test func theFastPassGivesUp() {
        let crowded = folder.write(
            "crowded.xml",
            "<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\"\(attributes(200))/>"
        )
        #expect(RosterQuickRead.read(path: crowded) == nil)
        let stretch = folder.write(
            "stretch.xml",
            "<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\">"
                + String(repeating: " ", count: 70_000) + "</roster>")
        #expect(RosterQuickRead.read(path: stretch) == nil)
        let plain = folder.write(
            "plain.xml",
            "<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\">"
                + String(repeating: " ", count: 60_000) + "</roster>")
        #expect(RosterQuickRead.read(path: plain) != nil)
    }
}

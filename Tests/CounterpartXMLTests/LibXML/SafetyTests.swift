import Foundation
import Testing

@testable import CounterpartXML

/// Hostile and broken input: refused with one clear line, quickly, reading nothing it should not.
@Suite struct SafetyTests {
    let folder = TemporaryFolder()

    func messages(_ name: String, _ text: String) -> [String] {
        DocumentReader.read(path: folder.write(name, text)).diagnostics.map(\.description)
    }

    @Test func aDoctypeIsRefusedOutright() {
        let path = folder.path("doctype.xml")
        #expect(
            messages(
                "doctype.xml",
                """
                <?xml version="1.0"?>
                <!DOCTYPE roster>
                <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01"/>
                """) == [
                    "\(path):2: the file has a DOCTYPE declaration; Counterpart files never need one, and for safety such files are refused"
                ])
    }

    @Test func billionLaughsFailsAtOnce() {
        var entities = "<!ENTITY l0 \"lol\">\n"
        for level in 1...9 {
            entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
        }
        let text =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE roster [\n\(entities)]>\n"
            + "<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\"><members><member id=\"&l9;\"/></members></roster>\n"
        let clock = ContinuousClock()
        var found: [String] = []
        let elapsed = clock.measure { found = messages("laughs.xml", text) }
        #expect(found.count == 1 && found[0].contains("DOCTYPE"))
        #expect(elapsed < .seconds(5))
    }

    @Test func anExternalEntityIsNeverRead() {
        let secret = folder.write("secret.txt", "TOP-SECRET-PHONE-LIST")
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE roster [<!ENTITY x SYSTEM "file://\(secret)">]>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01"><members><member id="&x;" municipality="380008" role="hq-disaster" name="x"/></members></roster>
            """
        let found = messages("xxe.xml", text)
        #expect(found.count == 1 && found[0].contains("DOCTYPE"))
        #expect(!found.joined().contains("TOP-SECRET"))
    }

    @Test func aDoctypeBehindALongCommentIsStillRefused() {
        // The first 64 KiB hold only a comment, so the refusal comes from the reader itself.
        let comment = "<!--" + String(repeating: "x", count: 70_000) + "-->\n"
        let text =
            "<?xml version=\"1.0\"?>\n" + comment
            + "<!DOCTYPE roster [<!ENTITY a \"b\">]>\n<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\"/>\n"
        let found = messages("late-doctype.xml", text)
        #expect(found.count == 1 && found[0].contains(":3: the file has a DOCTYPE declaration"))
    }

    @Test func compressedFilesAreRefusedNotUnpacked() {
        let gzip = folder.write("roster.xml.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03])
        let xz = folder.write("roster.xml.xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04])
        #expect(
            DocumentReader.read(path: gzip).diagnostics.map(\.description)
                == ["\(gzip): the file is gzip-compressed; unpack it first (compressed input is refused for safety)"])
        #expect(
            DocumentReader.read(path: xz).diagnostics.map(\.message)
                == ["the file is xz-compressed; unpack it first (compressed input is refused for safety)"])
    }

    @Test func emptyMissingAndNonXMLFilesGetOneLine() {
        let empty = folder.write("empty.xml", "")
        #expect(DocumentReader.read(path: empty).diagnostics.map(\.description) == ["\(empty): the file is empty"])
        let missing = folder.path("missing.xml")
        #expect(
            DocumentReader.read(path: missing).diagnostics.map(\.description)
                == ["\(missing): cannot open the file: No such file or directory"])
        #expect(
            messages("text.xml", "\n\nname,code\n松山市,382019\n").map {
                $0.components(separatedBy: ": ").dropFirst().joined(separator: ": ")
            }
                == ["this is not an XML file: it does not start with '<'"])
        #expect(DocumentReader.read(path: folder.url.path).diagnostics.map(\.message) == ["is not a regular file"])
    }

    /// Issue 14, item 19: a FIFO is refused before it is opened (opening it for reading waits
    /// for a writer, for ever), by every reader, the fast pass included. Should a read wait
    /// all the same, a writer that comes and goes after 5 seconds releases it, so that the
    /// test fails instead of hanging.
    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() {
        let fifo = folder.path("roster.xml")
        #expect(mkfifo(fifo, 0o600) == 0)
        for round in 0..<4 {
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(5 * (round + 1))) {
                let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            }
        }
        let started = ContinuousClock.now
        let expected = ["\(fifo): is not a regular file"]
        #expect(DocumentReader.read(path: fifo).diagnostics.map(\.description) == expected)
        #expect(RosterReader.read(path: fifo).diagnostics.map(\.description) == expected)
        #expect(ScenarioReader.read(path: fifo).diagnostics.map(\.description) == expected)
        #expect(DemandReader.read(path: fifo).diagnostics.map(\.description) == expected)
        #expect(RosterReader.readValidated(path: fifo).diagnostics.map(\.description) == expected)
        #expect(ContinuousClock.now - started < .seconds(4))
    }

    @Test func theWrongNamespaceOrRootGetsOneLine() {
        #expect(
            messages("other.xml", "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>\n").map {
                $0.contains(
                    ":2: not a Counterpart file: the root element is <kml> in namespace http://www.opengis.net/kml/2.2")
            } == [true])
        #expect(
            messages("plain.xml", "<roster prefecture=\"380008\"/>").map {
                $0.contains(":1: not a Counterpart file: the root element is <roster> in no namespace")
            } == [true])
        #expect(
            messages("root.xml", "<staff xmlns=\"urn:counterpart:roster:1\"/>").map {
                $0.hasSuffix(
                    ":1: the root element is <staff>, but a file in namespace urn:counterpart:roster:1 must start with <roster>"
                )
            } == [true])
    }

    @Test func aTruncatedFileSaysWhereItBroke() {
        let found = messages(
            "cut.xml",
            "<?xml version=\"1.0\"?>\n<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\">\n  <municipalities>\n    <municipality code=\"382019\" na"
        )
        #expect(!found.isEmpty && found.allSatisfy { $0.contains("not well-formed XML") })
    }

    @Test func invalidUTF8IsRefused() {
        var bytes = Array(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\">\n<members><member id=\"m\" municipality=\"380008\" role=\"hq-disaster\" name=\""
                .utf8)
        bytes += [0xFF, 0xFE, 0x41]
        bytes += Array("\"/></members></roster>\n".utf8)
        let found = DocumentReader.read(path: folder.write("utf8.xml", bytes)).diagnostics
        #expect(!found.isEmpty && found[0].line == 3)
    }

    @Test func anOversizedValueIsRefusedNotBuffered() {
        let name = String(repeating: "あ", count: 4_000_000)  // 12 MB of UTF-8 in one attribute
        let text =
            "<?xml version=\"1.0\"?>\n<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\"><members><member id=\"m\" municipality=\"380008\" role=\"hq-disaster\" name=\"\(name)\"/></members></roster>\n"
        let found = messages("huge.xml", text)
        #expect(!found.isEmpty && found.allSatisfy { $0.contains("not well-formed XML") })
    }

    /// A roster whose `<municipality>` (line 4) carries `count` attributes of its own besides
    /// its five.
    func crowdedRoster(_ name: String, count: Int, root: Int = 0) -> String {
        let extra = { (count: Int) in (0..<count).map { " a\($0)=\">\"" }.joined() }
        return folder.write(
            name,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01"\(extra(root))>
              <municipalities>
                <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7656"\(extra(count))/>
              </municipalities>
            </roster>

            """)
    }

    /// Issue 14, item 21: thousands of attributes on one element took quadratic time in
    /// libxml2 (25 s for 100,000) and gave one message each. More than 100 are refused before
    /// libxml2 reads the element, with one message, by every way of reading.
    @Test func anElementWithThousandsOfAttributesIsRefusedAtOnce() {
        for count in [5_000, 100_000] {
            let path = crowdedRoster("crowded-\(count).xml", count: count)
            let expected = [
                "\(path):4: the element <municipality> has \(count + 5) attributes; no Counterpart element needs more than a few, and more than 100 are refused for safety"
            ]
            let started = ContinuousClock.now
            #expect(DocumentReader.read(path: path).diagnostics.map(\.description) == expected)
            #expect(RosterReader.read(path: path).diagnostics.map(\.description) == expected)
            #expect(RosterReader.readCarefully(path: path).diagnostics.map(\.description) == expected)
            #expect(ContinuousClock.now - started < .seconds(5), "\(count) attributes")
        }
    }

    @Test func aRootWithThousandsOfAttributesIsRefusedAtOnce() {
        let path = crowdedRoster("crowded-root.xml", count: 0, root: 100_000)
        let started = ContinuousClock.now
        #expect(
            DocumentReader.read(path: path).diagnostics.map(\.description) == [
                "\(path):2: the element <roster> has 100003 attributes; no Counterpart element needs more than a few, and more than 100 are refused for safety"
            ])
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    /// Up to 100 attributes, the schema says what is wrong with each, as before.
    @Test func aHundredAttributesAreStillReadAndJudgedByTheSchema() {
        let path = crowdedRoster("hundred.xml", count: 95)
        let diagnostics = DocumentReader.read(path: path).diagnostics
        #expect(diagnostics.count == 95)
        #expect(diagnostics.allSatisfy { $0.message.contains("is not allowed") })
    }

    @Test func scenariosAndDemandProfilesAreRefusedToo() {
        let extra = (0..<5_000).map { " a\($0)=\"1\"" }.joined()
        let scenario = folder.write(
            "scenario.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <scenario xmlns="urn:counterpart:scenario:1" id="s" start="2026-11-02">
              <affected code="382035"\(extra)/>
            </scenario>

            """)
        let demand = folder.write(
            "demand.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <demand xmlns="urn:counterpart:demand:1" id="d" rotationDays="7">
              <need category="shelter" perTenThousand="2.00" days="14"\(extra)/>
            </demand>

            """)
        let started = ContinuousClock.now
        #expect(
            ScenarioReader.read(path: scenario).diagnostics.map(\.description) == [
                "\(scenario):3: the element <affected> has 5001 attributes; no Counterpart element needs more than a few, and more than 100 are refused for safety"
            ])
        #expect(
            DemandReader.read(path: demand).diagnostics.map(\.description) == [
                "\(demand):3: the element <need> has 5003 attributes; no Counterpart element needs more than a few, and more than 100 are refused for safety"
            ])
        #expect(ContinuousClock.now - started < .seconds(5))
    }
}

import CounterpartCore
import Foundation
import Testing

@testable import CounterpartXML

/// ``RosterShape`` promises never to accept a file that `roster.xsd` rejects, and
/// ``RosterReader/readValidated(path:)`` promises the same reading as
/// ``RosterReader/readCarefully(path:)`` for every file. Valid rosters are edited at random
/// (seeded, so every case is reproduced from its seed) and each edited file is judged by
/// both paths.
@Suite struct RosterShapeTests {
    /// How many edited documents the property test reads (`COUNTERPART_SHAPE_DOCUMENTS`
    /// in the environment overrides it, for a longer search).
    static let documentCount =
        ProcessInfo.processInfo.environment["COUNTERPART_SHAPE_DOCUMENTS"].flatMap { Int($0) } ?? 600
    /// The first document's seed; document `n` uses `baseSeed + n` (`COUNTERPART_SHAPE_SEED`,
    /// in hexadecimal, overrides it).
    static let baseSeed =
        ProcessInfo.processInfo.environment["COUNTERPART_SHAPE_SEED"].flatMap { UInt64($0, radix: 16) }
        ?? 0xC0DE_2026_0401
    /// At most this many failures are reported with their whole document.
    static let reportedFailures = 8

    let folder = TemporaryFolder()

    // MARK: The property

    @Test func theFastPathIsNeverSureOfAFileTheSchemaRejectsAndReadsAsTheCarefulPathDoes() {
        var sure = 0
        var failures = 0
        for index in 0..<Self.documentCount {
            let seed = Self.baseSeed &+ UInt64(index)
            let sample = RosterEdits.sample(seed: seed)
            let path = folder.write("edited.xml", sample.bytes)
            let verdict = Self.judge(path: path)
            if verdict.isSure { sure += 1 }
            guard !verdict.problems.isEmpty else { continue }
            failures += 1
            if failures <= Self.reportedFailures {
                Issue.record(Comment(rawValue: Self.report(sample: sample, problems: verdict.problems)))
            }
        }
        if failures > Self.reportedFailures {
            Issue.record(
                "\(failures) of \(Self.documentCount) edited documents failed; only the first \(Self.reportedFailures) are shown"
            )
        }
        // The edits must leave both kinds of file in the mix, or the test proves little (about
        // a quarter of the edited documents go the fast way).
        if Self.documentCount >= 100 {
            #expect(
                sure >= Self.documentCount / 10,
                "only \(sure) of \(Self.documentCount) edited documents went the fast way")
            #expect(
                sure <= Self.documentCount * 3 / 4,
                "\(sure) of \(Self.documentCount) edited documents went the fast way")
        }
    }

    /// Whether the fast path is sure of the file at `path`, and what is wrong with its
    /// reading: nothing when the fast path kept its promises.
    static func judge(path: String) -> (isSure: Bool, problems: [String]) {
        var problems: [String] = []
        let careful = RosterReader.readCarefully(path: path)
        let isSure = RosterQuickRead.read(path: path) != nil
        if isSure {
            let refusals = careful.diagnostics.filter {
                $0.message.hasPrefix("does not follow the schema") || $0.message.contains("not well-formed")
            }
            if !refusals.isEmpty {
                problems.append(
                    "the fast path was sure, but the careful path says:\n"
                        + refusals.map { "    \($0.description)" }.joined(separator: "\n"))
            }
        }
        let validated = RosterReader.readValidated(path: path)
        if validated.diagnostics != careful.diagnostics {
            problems.append(
                "readValidated and readCarefully give different diagnostics:\n  readValidated:\n"
                    + validated.diagnostics.map { "    \($0.description)" }.joined(separator: "\n")
                    + "\n  readCarefully:\n"
                    + careful.diagnostics.map { "    \($0.description)" }.joined(separator: "\n"))
        }
        if validated.roster != careful.roster {
            problems.append(
                "readValidated and readCarefully give different rosters:\n  readValidated: "
                    + String(describing: validated.roster) + "\n  readCarefully: " + String(describing: careful.roster))
        }
        return (isSure, problems)
    }

    static func report(sample: RosterEdits.Sample, problems: [String]) -> String {
        let text = String(decoding: sample.bytes, as: UTF8.self)
        var report =
            "seed 0x\(String(sample.seed, radix: 16)) (RosterEdits.sample(seed: 0x\(String(sample.seed, radix: 16)))), "
            + "from \(sample.original), edits:\n" + sample.edits.map { "  - \($0)" }.joined(separator: "\n") + "\n"
            + problems.joined(separator: "\n") + "\n"
        if text.utf8.count <= 20_000 {
            report += "document:\n\(text)"
        } else {
            let kept = FileManager.default.temporaryDirectory
                .appendingPathComponent("counterpart-roster-shape-\(String(sample.seed, radix: 16)).xml").path
            _ = FileManager.default.createFile(atPath: kept, contents: Data(sample.bytes))
            report += "document (\(text.utf8.count) bytes) kept at \(kept)"
        }
        return report
    }

    // MARK: Hand-checked cases

    @Test(arguments: RosterEdits.Original.allCases)
    func everyUneditedRosterGoesTheFastWay(original: RosterEdits.Original) throws {
        let path = folder.write("\(original).xml", original.text)
        #expect(RosterQuickRead.read(path: path) != nil, "the fast path was not sure of \(original)")
        let validated = RosterReader.readValidated(path: path)
        let careful = RosterReader.readCarefully(path: path)
        #expect(validated.diagnostics.map(\.description) == [])
        #expect(careful.diagnostics.map(\.description) == [])
        let roster = try #require(validated.roster)
        #expect(roster == careful.roster)
    }

    /// A one-municipality roster with `attributes` on its municipality.
    static func roster(municipality attributes: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
          <municipalities>
            <municipality code="382019" name="松山市" kind="city" \(attributes)/>
          </municipalities>
        </roster>
        """
    }

    /// Files the schema accepts but the fast path leaves to the careful one on purpose: each
    /// is read in full, with the value the schema means.
    @Test(arguments: [
        (
            "a latitude with a plus sign", roster(municipality: #"lat="+5" lon="132.7657""#), 5.0, 132.7657,
            nil as Int?, nil as Int?
        ),
        ("a latitude without whole digits", roster(municipality: #"lat=".5" lon="132.7657""#), 0.5, 132.7657, nil, nil),
        ("a longitude ending in a point", roster(municipality: #"lat="33.8392" lon="132.""#), 33.8392, 132.0, nil, nil),
        (
            "a latitude with spaces around", roster(municipality: #"lat=" 33.8392 " lon="132.7657""#), 33.8392,
            132.7657, nil, nil
        ),
        (
            "a count with a plus sign", roster(municipality: #"lat="33.8392" lon="132.7657" dispatchCapacity="+40""#),
            33.8392, 132.7657, 40, nil
        ),
        (
            "a count with ten digits",
            roster(municipality: #"lat="33.8392" lon="132.7657" dispatchCapacity="0000000040""#), 33.8392, 132.7657, 40,
            nil
        ),
        (
            "a count of minus zero", roster(municipality: #"lat="33.8392" lon="132.7657" population="-0""#), 33.8392,
            132.7657, nil, 0
        ),
    ])
    func aFileTheFastPathIsUnsureOfIsStillReadInFull(
        _ name: String, text: String, latitude: Double, longitude: Double, capacity: Int?, population: Int?
    ) throws {
        let path = folder.write("unsure.xml", text)
        #expect(RosterQuickRead.read(path: path) == nil, "the fast path was meant to leave \(name) to the careful path")
        let validated = RosterReader.readValidated(path: path)
        #expect(validated.diagnostics.map(\.description) == [])
        #expect(validated.diagnostics == RosterReader.readCarefully(path: path).diagnostics)
        let municipality = try #require(validated.roster?.municipalities.first)
        #expect(validated.roster == RosterReader.readCarefully(path: path).roster)
        #expect(municipality.latitude == latitude && municipality.longitude == longitude)
        #expect(municipality.dispatchCapacity == capacity && municipality.population == population)
    }

    /// Counts libxml2 refuses: one above the range of `xs:int`, and one with spaces around
    /// (XML Schema collapses the white space of an `xs:int`, but libxml2 2.9 refuses it in a
    /// type derived from `xs:int` by restriction). The fast path leaves both to the careful
    /// one, which says why.
    @Test(arguments: ["2147483648", " 5 "])
    func aCountTheSchemaRefusesIsLeftToTheCarefulPath(count: String) {
        let path = folder.write(
            "count.xml", Self.roster(municipality: #"lat="33.8392" lon="132.7657" population="\#(count)""#))
        #expect(RosterQuickRead.read(path: path) == nil)
        let reading = RosterReader.readValidated(path: path)
        #expect(reading.roster == nil)
        #expect(reading.diagnostics.contains { $0.line == 4 && $0.message.hasPrefix("does not follow the schema") })
        #expect(reading.diagnostics == RosterReader.readCarefully(path: path).diagnostics)
    }

    /// Bytes the declared encoding cannot decode (here the UTF-8 of 市, E5 B8 82, read as
    /// Shift_JIS: 0x82 before a quote is no character; the UTF-8 of 松, E6 9D BE, read as
    /// windows-1252: 0x9D is no character): the file is not well-formed, and the careful path
    /// says so. The fast path must not be sure of it.
    @Test(arguments: [
        ("Shift_JIS", "市"), ("windows-1252", "松"),
    ])
    func aFileItsDeclaredEncodingCannotDecodeIsNeverSure(encoding: String, name: String) {
        let path = folder.write(
            "encoding.xml",
            """
            <?xml version="1.0" encoding="\(encoding)"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <members><member id="m" municipality="380008" role="hq-disaster" name="\(name)"/></members>
            </roster>
            """)
        #expect(RosterQuickRead.read(path: path) == nil)
        #expect(Self.judge(path: path).problems == [])
        let reading = RosterReader.read(path: path)
        #expect(reading.roster == nil)
        #expect(reading.diagnostics.map(\.line) == [3])
        #expect(
            reading.diagnostics.first?.message.hasPrefix(
                "not well-formed XML: the bytes cannot be read in the encoding the file declares (input conversion failed"
            ) == true)
        #expect(reading.diagnostics.first?.message.hasSuffix("); save it as UTF-8 with encoding=\"UTF-8\"") == true)
    }

    /// A file really written in Shift_JIS (as Japanese office software may save it) reads,
    /// the careful way, with its names intact.
    @Test func aRosterReallyInShiftJISReads() throws {
        let text = """
            <?xml version="1.0" encoding="Shift_JIS"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <members><member id="m" municipality="380008" role="hq-disaster" name="県庁 花子"/></members>
            </roster>
            """
        // 県庁 花子 in Shift_JIS, the rest is ASCII.
        let name: [UInt8] = [0x8C, 0xA7, 0x92, 0xA1, 0x20, 0x89, 0xD4, 0x8E, 0x71]
        let parts = text.components(separatedBy: "県庁 花子")
        let path = folder.write("shift-jis.xml", Array(parts[0].utf8) + name + Array(parts[1].utf8))
        let reading = RosterReader.read(path: path)
        #expect(reading.diagnostics == [])
        #expect(reading.roster?.members.first?.name == "県庁 花子")
    }

    @Test func theGeneratorIsDeterministic() {
        #expect(RosterEdits.sample(seed: 42).bytes == RosterEdits.sample(seed: 42).bytes)
        #expect(RosterEdits.sample(seed: 42).edits == RosterEdits.sample(seed: 42).edits)
        #expect(RosterEdits.sample(seed: 42).bytes != RosterEdits.sample(seed: 43).bytes)
    }

    @Test(arguments: RosterEdits.Original.allCases)
    func theEditableCopyOfEveryRosterWritesItBackUnchanged(original: RosterEdits.Original) {
        #expect(EditableXML(parsing: original.text).text == original.text)
    }
}

/// Valid rosters, and the random edits made to them.
enum RosterEdits {
    /// The valid rosters the edits start from.
    enum Original: String, CaseIterable, CustomTestStringConvertible {
        /// The shipped Ehime roster (20 municipalities, about 1,500 staff).
        case ehime
        /// Small, with every optional attribute and every token.
        case everyOptionalAttribute
        /// One municipality's members and staff.
        case scopeMunicipality
        /// The root alone.
        case empty
        /// The example of FORMATS.md.
        case formatsExample

        var testDescription: String { rawValue }

        var text: String { Original.texts[self]! }

        var tree: EditableXML { Original.trees[self]! }

        private static let texts: [Original: String] = [
            .ehime: try! String(contentsOfFile: RepositoryPaths.path("Data/ehime/roster.xml"), encoding: .utf8),
            .everyOptionalAttribute: """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- every optional attribute, every token, the bounds of every number -->
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01" scope="full">
              <municipalities>
                <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7657" dispatchCapacity="40" population="511192"/>
                <municipality code="382035" name="宇和島市" kind="city" lat="-33.2233" lon="-132.5606" dispatchCapacity="0" population="0"/>
                <municipality code="383562" name="上島町" kind="town" lat="90" lon="180"/>
                <municipality code="384011" name="松前町" kind="village" lat="-90.0" lon="-180.000" dispatchCapacity="999999999" population="00012"/>
              </municipalities>
              <groups>
                <group id="A" name="Aグループ">
                  <pairing affected="384011" primary="382035" status="official">
                    <secondary code="383562"/>
                    <secondary code="382019"/>
                  </pairing>
                  <pairing affected="382035" primary="382019" status="proposed"></pairing>
                </group>
                <group id="B"/>
              </groups>
              <members>
                <member id="m-1" municipality="382019" role="vice-mayor" name="松山 太郎" phone="089-000-0000" email="vm@example.jp"/>
                <member id="m-2" municipality="382035" role="disaster-manager" name="宇和島 次郎" phone="0895-00-0002"/>
                <member id="m-3" municipality="383562" role="personnel-manager" name="上島 三郎" email="p@example.jp"/>
                <member id="m-4" municipality="384011" role="liaison" name="A &amp; B"/>
                <member id="p-1" municipality="380008" role="hq-disaster" name="県庁 花子"/>
                <member id="p-2" municipality="380008" role="hq-promotion" name="県庁 二郎"></member>
              </members>
              <staff>
                <person id="s-1" municipality="382019" name="松山 一郎" skills="shelter general">
                  <available from="2026-04-01" to="2027-03-31"/>
                  <available from="2028-02-29" to="2028-02-29"/>
                </person>
                <person id="s-2" municipality="384011" name="松前 二郎" skills="certificate damage-survey health civil-engineering building water waste management"/>
              </staff>
            </roster>

            """,
            .scopeMunicipality: """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01" scope="municipality" municipality="382035">
              <members>
                <member id="m-382035-1" municipality="382035" role="vice-mayor" name="宇和島 太郎" phone="0895-00-0001" email="vm@example.jp"/>
                <member id="m-382035-4" municipality="382035" role="liaison" name="宇和島 花子"/>
              </members>
              <staff>
                <person id="s-382035-0001" municipality="382035" name="宇和島 一郎" skills="shelter general">
                  <available from="2026-04-01" to="2027-03-31"/>
                </person>
                <person id="s-382035-0002" municipality="382035" name="宇和島 二郎" skills="health"/>
              </staff>
            </roster>

            """,
            .empty: #"<roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01"/>"# + "\n",
            .formatsExample: FormatsExamples.roster,
        ]

        private static let trees: [Original: EditableXML] = Dictionary(
            uniqueKeysWithValues: allCases.map { ($0, EditableXML(parsing: $0.text)) })

        /// The big roster is read much more slowly: it is edited less often.
        static func pick(_ random: inout SplitMix64) -> Original {
            random.pick([
                .ehime, .everyOptionalAttribute, .everyOptionalAttribute, .everyOptionalAttribute,
                .scopeMunicipality, .scopeMunicipality, .scopeMunicipality, .empty, .empty,
                .formatsExample, .formatsExample, .formatsExample,
            ])
        }
    }

    /// One edited document.
    struct Sample {
        var seed: UInt64
        var original: Original
        var edits: [String]
        var bytes: [UInt8]
    }

    /// The edited document of `seed`: one of the originals with one to three random edits.
    static func sample(seed: UInt64) -> Sample {
        var random = SplitMix64(seed: seed)
        let original = Original.pick(&random)
        var editor = Editor(document: original.tree, random: random)
        for _ in 0..<(1 + editor.random.below(3)) { editor.edit() }
        return Sample(seed: seed, original: original, edits: editor.log, bytes: editor.bytes)
    }

    // MARK: Values

    /// Values of every kind, for any attribute (as written: references stay references).
    static let trickyValues = [
        " 382019", "382019 ", "+5", "-0", "1.", ".5", "90.0", "90.0001", "-180", "180.5", "1e3", "00012",
        "2147483648", "999999999", "", " ", "shelter  general", " shelter", "shelter\tgeneral", "Shelter",
        "city ", "&amp;", "&#x31;", "a&amp;b", "２０２６-04-01", "2026-4-01", "&#51;82019", "38201&#x39;",
        "&lt;x&gt;", "&quot;", "&apos;", "&#xA0;", "\u{A0}", "&#9;", "&#10;x", "x\ny", "&#x20;", "a<b", "&nbsp;",
        "&#0;", "&#x1F600;", "2026-04-0&#x31;", "0", "-1", "+0", "33.8392", "132.7657", "2026-04-01", "380008",
        "city", "general", "full", "official", "liaison",
    ]

    /// Values an attribute of this name may well hold, valid or nearly so.
    static func plausibleValues(for name: String) -> [String] {
        switch name.split(separator: ":").last.map(String.init) ?? name {
        case "code", "affected", "primary", "municipality", "prefecture":
            return [
                "382019", "382035", "383562", "384011", "380008", "382027", "382018", "000000", "999999",
                "&#51;82019", "38201&#x39;", "&#x33;&#x38;&#x32;&#x30;&#x31;&#x39;", " 382019", "382019 ",
                "38201", "3820190", "３82019", "38201a", "", "+382019", "382 019",
            ]
        case "effective", "from", "to":
            return [
                "2026-04-01", "2026-02-29", "2028-02-29", "2026-13-01", "0000-00-00", "9999-12-31",
                "2026-03-31", "2027-04-01", "2026-4-01", "２０２６-04-01", " 2026-04-01", "2026-04-01 ",
                "2026/04/01", "2026-04-0&#x31;", "20260401", "2026-04-01Z", "+2026-04-01", "-2026-04-01",
            ]
        case "lat":
            return [
                "0", "-0", "90", "-90", "90.0", "-90.000", "90.0001", "-90.0001", "+5", ".5", "1.", "33.8392",
                "-33.8392", "091", "1e3", " 33.8", "33.8 ", "00.5", "-", "33.8392000000000000001", "89.99999",
                "&#x33;3.8", "3,5",
            ]
        case "lon":
            return [
                "0", "-0", "180", "-180", "180.0", "-180.000", "180.5", "-180.0001", "132.7657", "+132.7", ".5",
                "1.", "099", "0180", "1E2", " 132.7", "132.7 ", "179.9999999", "-179", "180.00000000000001",
            ]
        case "dispatchCapacity", "population":
            return [
                "0", "00012", "999999999", "2147483647", "2147483648", "-0", "+5", " 5 ", "5 ", "-1", "1.0",
                "1 000", "", "0000000001", "123456789", "1234567890", "&#x35;", "5&#10;",
            ]
        case "kind":
            return ["city", "town", "village", "City", "city ", " town", "ward", "&#x63;ity", ""]
        case "role":
            return [
                "vice-mayor", "disaster-manager", "personnel-manager", "liaison", "hq-disaster",
                "hq-promotion", "Liaison", "liaison ", "mayor", "hq_disaster",
            ]
        case "scope":
            return ["full", "municipality", "Full", "full ", "", "partial"]
        case "status":
            return ["official", "proposed", "draft", "official ", "Proposed", ""]
        case "skills":
            return [
                "shelter", "shelter general", "general shelter general", "shelter  general", " shelter",
                "shelter ", "shelter\tgeneral", "shelter&#9;general", "shelter&#10;general", "&#32;health",
                "Shelter", "", "   ", "shelter,general", "damage-survey civil-engineering", "waste water",
                "shelter\u{A0}general", "&#x73;helter",
            ]
        default:
            return [
                "x", " ", "", "&amp;", "a&amp;b", "&#x31;", "&lt;tag&gt;", "&quot;", "&#xA0;", "\t", "名前",
                "&#x1F600;", "x\ny", "&#10;", "A", "s-1", "m-1", "p-1",
            ]
        }
    }

    static let whitespaceTexts = [
        " ", "\n    ", "\t", "\r\n", "&#32;", "&#x20;", "&#9;", "&#10;", "&#xD;", "", "  \n  ",
    ]
    static let otherTexts = [
        "x", "&amp;", "&lt;", "&gt;", "&#x31;", "&#xA0;", "\u{A0}", "\u{3000}", "0", "]]>", " y ", "&#0;",
    ]
    static let markup = [
        "<!---->", "<!-- note -->", "<?pi?>", "<?pi data?>", "<?xml-stylesheet href=\"a.css\"?>",
        "<![CDATA[]]>", "<![CDATA[ ]]>", "<![CDATA[\n]]>", "<![CDATA[x]]>", "<!-- a -- b -->",
        "<?xml version=\"1.0\"?>",
    ]
    static let insertedElements = [
        #"<x:note xmlns:x="urn:example:other"/>"#, #"<x:note xmlns:x="urn:example:other">text</x:note>"#,
        "<note/>", #"<note xmlns=""/>"#, #"<staff xmlns=""/>"#, #"<staff xmlns="urn:counterpart:scenario:1"/>"#,
        #"<r:staff xmlns:r="urn:counterpart:roster:1"/>"#, #"<members xmlns="urn:counterpart:roster:1"></members>"#,
        #"<xsi:note xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>"#,
        #"<available from="2026-04-01" to="2026-04-02"/>"#, #"<secondary code="382027"/>"#,
        #"<person id="s-new" municipality="382019" name="新人" skills="general"/>"#,
        #"<municipality code="382027" name="今治市" kind="city" lat="34.0661" lon="132.9978"/>"#,
        #"<member id="m-new" municipality="380008" role="hq-disaster" name="x"/>"#, #"<group id="Z"/>"#,
        #"<pairing affected="382027" primary="382019"/>"#, "<groups/>", "<municipalities/>", "<staff/>", "<members/>",
    ]
    static let elementNames = [
        "roster", "municipalities", "municipality", "groups", "group", "pairing", "secondary", "members", "member",
        "staff", "person", "available", "Staff", "note", "r:staff", "x:person", "persons",
    ]
    static let namespaces = [
        "urn:counterpart:roster:1", "urn:counterpart:roster:2", "urn:counterpart:scenario:1", "",
        "urn:counterpart:roster:1 ", "URN:counterpart:roster:1", "urn:counterpart:roster:&#x31;", "urn:example:other",
    ]
    static let declarations = [
        "", "<?xml version=\"1.0\"?>\n", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n",
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n",
        "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n", "<?xml version=\"2.0\"?>\n", " <?xml version=\"1.0\"?>\n",
        "<?xml version='1.0' encoding='UTF-8'?>", "<?xml version=\"1.0\" encoding=\"EUC-JP\"?>\n",
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n", "<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>\n", "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?>\n",
    ]
    /// Byte sequences that are not UTF-8: a lone continuation byte, a lead byte without its
    /// continuation, an overlong form, a surrogate, a code point above U+10FFFF, 0xFF.
    static let malformedUTF8: [[UInt8]] = [
        [0x80], [0xC3, 0x28], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE6, 0x9D],
    ]
    /// Stands for the malformed bytes until the document is written (a private-use character).
    static let malformedMarker = "\u{E000}"
    static let prologs = [
        "<!DOCTYPE roster>\n", "<!DOCTYPE roster [<!ATTLIST municipality population CDATA \"5\">]>\n",
        "<!-- before -->\n", "<?pi before?>\n", "\n\n", "x",
    ]
    static let epilogs = ["<!-- after -->\n", "<?pi after?>", "\n\n", "x", "<roster/>", "&amp;"]

    /// The empty-content elements of the schema.
    static let emptyContent: Set<Substring> = ["municipality", "member", "secondary", "available"]

    // MARK: Editing

    struct Editor {
        var document: EditableXML
        var random: SplitMix64
        var log: [String] = []
        private var byteOrderMark = false
        private var crlf = false
        private var truncation: Int?
        private var malformed: [UInt8]?

        init(document: EditableXML, random: SplitMix64) {
            self.document = document
            self.random = random
        }

        /// The document as bytes, after the edits made at the level of bytes.
        var bytes: [UInt8] {
            var text = document.text
            if crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            var bytes = Array(text.utf8)
            if let malformed {
                let marker = Array(malformedMarker.utf8)
                var replaced: [UInt8] = []
                var index = 0
                while index < bytes.count {
                    if bytes[index] == marker[0], index + marker.count <= bytes.count,
                        bytes[index..<(index + marker.count)].elementsEqual(marker)
                    {
                        replaced += malformed
                        index += marker.count
                    } else {
                        replaced.append(bytes[index])
                        index += 1
                    }
                }
                bytes = replaced
            }
            if let truncation { bytes = Array(bytes.prefix(bytes.count * truncation / 1000)) }
            return byteOrderMark ? [0xEF, 0xBB, 0xBF] + bytes : bytes
        }

        /// One random edit, logged.
        mutating func edit() {
            let weighted: [(Int, (inout Editor) -> Void)] = [
                (10, { $0.setAttributeValue() }), (2, { $0.removeAttribute() }), (1, { $0.addUnknownAttribute() }),
                (2, { $0.addForeignAttribute() }), (1, { $0.addNamespaceDeclaration() }),
                (1, { $0.duplicateRootChild() }), (1, { $0.reorderChildren() }), (1, { $0.duplicateElement() }),
                (1, { $0.removeElement() }), (3, { $0.insertText() }), (2, { $0.insertMarkup() }),
                (2, { $0.insertElement() }), (1, { $0.renameElement() }), (1, { $0.moveElement() }),
                (1, { $0.changeNamespace() }), (1, { $0.prefixRosterNamespace() }), (1, { $0.changeProlog() }),
                (1, { $0.changeBytes() }), (3, { $0.reformat() }),
            ]
            var roll = random.below(weighted.reduce(0) { $0 + $1.0 })
            for (weight, edit) in weighted {
                if roll < weight { return edit(&self) }
                roll -= weight
            }
        }

        // Choosing elements.

        /// A random element: a random name first, then a random element of that name, so
        /// that rare elements of a big roster are chosen as often as common ones.
        private mutating func randomPath(where condition: (EditableXML.Element, [Int]) -> Bool = { _, _ in true })
            -> [Int]?
        {
            var byName: [Substring: [[Int]]] = [:]
            var names: [Substring] = []
            for path in document.elementPaths {
                let element = document.element(at: path)
                guard condition(element, path) else { continue }
                if byName[element.localName] == nil { names.append(element.localName) }
                byName[element.localName, default: []].append(path)
            }
            guard !names.isEmpty else { return nil }
            return random.pick(byName[random.pick(names)]!)
        }

        private func describe(_ path: [Int]) -> String {
            var element = document.root
            var text = "/" + element.name
            for index in path {
                guard case .element(let child) = element.children[index] else { break }
                let position = element.childElementIndices.firstIndex(of: index) ?? 0
                text += "/\(child.name)[\(position)]"
                element = child
            }
            return text
        }

        private static func isNamespaceDeclaration(_ name: String) -> Bool {
            name == "xmlns" || name.hasPrefix("xmlns:")
        }

        // The edits.

        mutating func setAttributeValue() {
            guard
                let path = randomPath(where: { element, _ in
                    element.attributes.contains { !Self.isNamespaceDeclaration($0.name) }
                })
            else { return }
            let attributes = document.element(at: path).attributes
            let index = random.pick(attributes.indices.filter { !Self.isNamespaceDeclaration(attributes[$0].name) })
            let name = attributes[index].name
            let value = random.chance(40) ? random.pick(trickyValues) : random.pick(plausibleValues(for: name))
            document.modify(at: path) { $0.attributes[index].value = value }
            log.append("set \(name)=\"\(value)\" on \(describe(path))")
        }

        mutating func removeAttribute() {
            guard let path = randomPath(where: { element, _ in !element.attributes.isEmpty }) else { return }
            let index = random.below(document.element(at: path).attributes.count)
            log.append("remove \(document.element(at: path).attributes[index].name) from \(describe(path))")
            document.modify(at: path) { $0.attributes.remove(at: index) }
        }

        mutating func addUnknownAttribute() {
            guard let path = randomPath() else { return }
            let attribute = EditableXML.Attribute(
                name: random.pick(["foo", "Code", "codes", "id", "scope", "name", "lang", "municipality"]),
                value: random.pick(["1", "", "382019", "x"]))
            log.append("add \(attribute.name)=\"\(attribute.value)\" to \(describe(path))")
            document.modify(at: path) { $0.attributes.append(attribute) }
        }

        mutating func addForeignAttribute() {
            guard let path = randomPath() else { return }
            let xsi = EditableXML.Attribute(name: "xmlns:xsi", value: "http://www.w3.org/2001/XMLSchema-instance")
            let choices: [[EditableXML.Attribute]] = [
                [.init(name: "xml:lang", value: "ja")],
                [.init(name: "xml:space", value: "preserve")],
                [
                    xsi, .init(name: "xsi:type", value: "xs:string"),
                    .init(name: "xmlns:xs", value: "http://www.w3.org/2001/XMLSchema"),
                ],
                [xsi, .init(name: "xsi:nil", value: "false")],
                [xsi, .init(name: "xsi:schemaLocation", value: "urn:counterpart:roster:1 roster.xsd")],
                [xsi, .init(name: "xsi:noNamespaceSchemaLocation", value: "roster.xsd")],
                [.init(name: "xmlns:foo", value: "urn:foo"), .init(name: "foo:bar", value: "x")],
                [.init(name: "xmlns:r", value: "urn:counterpart:roster:1"), .init(name: "r:code", value: "382019")],
                [.init(name: "bar:baz", value: "undeclared prefix")],
            ]
            let added = random.pick(choices)
            log.append(
                "add " + added.map { "\($0.name)=\"\($0.value)\"" }.joined(separator: " ") + " to \(describe(path))")
            document.modify(at: path) { element in
                for attribute in added where !element.attributes.contains(where: { $0.name == attribute.name }) {
                    element.attributes.append(attribute)
                }
            }
        }

        mutating func addNamespaceDeclaration() {
            guard let path = randomPath() else { return }
            let attribute = random.pick([
                EditableXML.Attribute(name: "xmlns:foo", value: "urn:foo"),
                EditableXML.Attribute(name: "xmlns:r", value: "urn:counterpart:roster:1"),
                EditableXML.Attribute(name: "xmlns", value: random.pick(namespaces)),
            ])
            log.append("declare \(attribute.name)=\"\(attribute.value)\" on \(describe(path))")
            document.modify(at: path) { element in
                element.attributes.removeAll { $0.name == attribute.name }
                element.attributes.append(attribute)
            }
        }

        mutating func duplicateRootChild() {
            let indices = document.root.childElementIndices
            guard !indices.isEmpty else { return insertElement() }
            let index = random.pick(indices)
            log.append("duplicate \(describe([index]))")
            document.root.children.insert(
                contentsOf: [.text("\n  "), document.root.children[index]],
                at: random.chance(50) ? index + 1 : index)
        }

        mutating func reorderChildren() {
            guard
                let path = random.chance(60)
                    ? [] : randomPath(where: { element, _ in element.childElementIndices.count > 1 })
            else { return }
            log.append("reorder the children of \(describe(path))")
            let indices = document.element(at: path).childElementIndices
            var order = indices.map { document.element(at: path).children[$0] }
            random.shuffle(&order)
            document.modify(at: path) { element in
                for (index, node) in zip(indices, order) { element.children[index] = node }
            }
        }

        mutating func duplicateElement() {
            guard let path = randomPath(where: { _, path in !path.isEmpty }) else { return duplicateRootChild() }
            log.append("duplicate \(describe(path))")
            let node = EditableXML.Node.element(document.element(at: path))
            document.modify(at: Array(path.dropLast())) { $0.children.insert(node, at: path.last! + 1) }
        }

        mutating func removeElement() {
            guard let path = randomPath(where: { _, path in !path.isEmpty }) else { return insertElement() }
            log.append("remove \(describe(path))")
            document.modify(at: Array(path.dropLast())) { $0.children.remove(at: path.last!) }
        }

        mutating func insertText() {
            let inEmpty = random.chance(50)
            guard
                let path = randomPath(where: { element, _ in emptyContent.contains(element.localName) == inEmpty })
                    ?? randomPath()
            else { return }
            let text = random.chance(60) ? random.pick(whitespaceTexts) : random.pick(otherTexts)
            let position = random.below(document.element(at: path).children.count + 1)
            log.append("insert text \"\(text)\" in \(describe(path)) at \(position)")
            document.modify(at: path) { $0.children.insert(.text(text), at: position) }
        }

        mutating func insertMarkup() {
            let markup = random.pick(RosterEdits.markup)
            switch random.below(10) {
            case 0:
                log.append("insert \(markup) before the root")
                document.prolog += markup
            case 1:
                log.append("insert \(markup) after the root")
                document.epilog += markup
            default:
                let inEmpty = random.chance(50)
                guard
                    let path = randomPath(where: { element, _ in emptyContent.contains(element.localName) == inEmpty })
                        ?? randomPath()
                else { return }
                let position = random.below(document.element(at: path).children.count + 1)
                log.append("insert \(markup) in \(describe(path)) at \(position)")
                document.modify(at: path) { $0.children.insert(.markup(markup), at: position) }
            }
        }

        mutating func insertElement() {
            guard let path = randomPath() else { return }
            let element: EditableXML.Element
            if random.chance(25), let copied = randomPath() {
                element = document.element(at: copied)
                log.append("copy \(describe(copied)) into \(describe(path))")
            } else {
                let text = random.pick(insertedElements)
                element = EditableXML(parsing: text).root
                log.append("insert \(text) in \(describe(path))")
            }
            let position = random.below(document.element(at: path).children.count + 1)
            document.modify(at: path) { $0.children.insert(.element(element), at: position) }
        }

        mutating func renameElement() {
            guard let path = randomPath() else { return }
            let name = random.pick(elementNames)
            log.append("rename \(describe(path)) to \(name)")
            document.modify(at: path) { $0.name = name }
        }

        /// Takes an element out and puts it somewhere else: deeper, shallower or elsewhere.
        mutating func moveElement() {
            guard let path = randomPath(where: { _, path in !path.isEmpty }) else { return insertElement() }
            let moved = document.element(at: path)
            let description = describe(path)
            document.modify(at: Array(path.dropLast())) { $0.children.remove(at: path.last!) }
            guard let target = randomPath() else { return }
            let position = random.below(document.element(at: target).children.count + 1)
            log.append("move \(description) into \(describe(target)) at \(position)")
            document.modify(at: target) { $0.children.insert(.element(moved), at: position) }
        }

        mutating func changeNamespace() {
            let path = random.chance(50) ? [] : (randomPath() ?? [])
            if random.chance(20) {
                log.append("remove xmlns from \(describe(path))")
                document.modify(at: path) { $0.attributes.removeAll { $0.name == "xmlns" } }
            } else {
                let namespace = random.pick(namespaces)
                log.append("set xmlns=\"\(namespace)\" on \(describe(path))")
                document.modify(at: path) { element in
                    if let index = element.attributes.firstIndex(where: { $0.name == "xmlns" }) {
                        element.attributes[index].value = namespace
                    } else {
                        element.attributes.insert(EditableXML.Attribute(name: "xmlns", value: namespace), at: 0)
                    }
                }
            }
        }

        /// A prefix for the roster namespace: on every element (the default namespace gone),
        /// or on some elements only (the default namespace kept).
        mutating func prefixRosterNamespace() {
            let prefix = random.pick(["r", "ns0", "roster"])
            let everywhere = random.chance(50)
            log.append(
                "write the roster namespace with prefix \(prefix):" + (everywhere ? " everywhere" : " on some elements")
            )
            var random = self.random
            document.modifyAll { element in
                if !element.name.contains(":") && (everywhere || random.chance(50)) {
                    element.name = "\(prefix):\(element.name)"
                }
            }
            self.random = random
            document.root.attributes.insert(
                EditableXML.Attribute(name: "xmlns:\(prefix)", value: "urn:counterpart:roster:1"), at: 0)
            if everywhere { document.root.attributes.removeAll { $0.name == "xmlns" } }
        }

        mutating func changeProlog() {
            if random.chance(50) {
                let declaration = random.pick(declarations)
                log.append("XML declaration \(declaration.debugDescription)")
                document.declaration = declaration
            } else if random.chance(60) {
                let prolog = random.pick(prologs)
                log.append("before the root \(prolog.debugDescription)")
                document.prolog += prolog
            } else {
                let epilog = random.pick(epilogs)
                log.append("after the root \(epilog.debugDescription)")
                document.epilog += epilog
            }
        }

        mutating func changeBytes() {
            switch random.below(5) {
            case 3, 4:
                let sequence = random.pick(malformedUTF8)
                malformed = sequence
                let description = "bytes " + sequence.map { "0x" + String($0, radix: 16) }.joined(separator: " ")
                if random.chance(50), let path = randomPath(where: { element, _ in !element.attributes.isEmpty }) {
                    let index = random.below(document.element(at: path).attributes.count)
                    log.append(
                        "put \(description) in \(document.element(at: path).attributes[index].name) of \(describe(path))"
                    )
                    document.modify(at: path) { $0.attributes[index].value += malformedMarker }
                } else if let path = randomPath() {
                    log.append("put \(description) in the text of \(describe(path))")
                    document.modify(at: path) { $0.children.insert(.text(malformedMarker), at: 0) }
                }
            case 0:
                log.append("byte order mark")
                byteOrderMark = true
            case 1:
                log.append("CR LF line ends")
                crlf = true
            default:
                let kept = random.below(1000)
                log.append("cut after \(kept)/1000 of the bytes")
                truncation = kept
            }
        }

        /// Changes that keep the document's meaning: attribute order, white space in tags,
        /// `<x/>` against `<x></x>`, indentation.
        mutating func reformat() {
            guard let path = randomPath() else { return }
            switch random.below(4) {
            case 0:
                log.append("reorder the attributes of \(describe(path))")
                var attributes = document.element(at: path).attributes
                random.shuffle(&attributes)
                document.modify(at: path) { $0.attributes = attributes }
            case 1:
                let spacing = random.pick(["\n      ", "\t", "  ", "\r\n "])
                log.append("space the attributes of \(describe(path)) with \(spacing.debugDescription)")
                document.modify(at: path) { element in
                    for index in element.attributes.indices { element.attributes[index].spacing = spacing }
                }
            case 2:
                log.append("write \(describe(path)) with an end tag, or without its white space")
                document.modify(at: path) { element in
                    if element.children.isEmpty {
                        element.children = [.text("")]
                    } else {
                        element.children.removeAll {
                            if case .text(let text) = $0 { text.allSatisfy(\.isWhitespace) } else { false }
                        }
                    }
                }
            default:
                log.append("remove all white space between elements")
                document.modifyAll { element in
                    element.children.removeAll {
                        if case .text(let text) = $0 { !text.isEmpty && text.allSatisfy(\.isWhitespace) } else { false }
                    }
                }
            }
        }
    }
}

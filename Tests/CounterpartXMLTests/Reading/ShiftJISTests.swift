import Testing

@testable import CounterpartXML

/// Issue 14, item 22: a file labelled Shift_JIS is read as Windows-31J (CP932), as browsers
/// do, so that the characters Windows adds (①, ㈱, 髙) read; and bytes that cannot be read
/// are reported at their own line.
@Suite struct ShiftJISTests {
    let folder = TemporaryFolder()

    /// The roster with `label` as its declared encoding and its names in Windows-31J bytes;
    /// `bad` replaces 花子 (line 8) when given.
    func roster(label: String, bad: [UInt8]? = nil) -> String {
        let template = """
            <?xml version="1.0" encoding="\(label)"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382019" name="{松山市}" kind="city" lat="33.8392" lon="132.7656"/>
              </municipalities>
              <staff>
                <person id="s-1" municipality="382019" name="{髙橋} {①郎}" skills="shelter"/>
                <person id="s-2" municipality="382019" name="{㈱松山} {～} {花子}" skills="shelter"/>
              </staff>
            </roster>

            """
        let bytes: [String: [UInt8]] = [
            "松山市": [0x8F, 0xBC, 0x8E, 0x52, 0x8E, 0x73], "髙橋": [0xEE, 0xE0, 0x8B, 0xB4],
            "①郎": [0x87, 0x40, 0x98, 0x59],
            "㈱松山": [0x87, 0x8A, 0x8F, 0xBC, 0x8E, 0x52], "～": [0x81, 0x60], "花子": bad ?? [0x89, 0xD4, 0x8E, 0x71],
        ]
        var out: [UInt8] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest.firstIndex(of: "}") {
            out += Array(rest[..<open].utf8)
            out += bytes[String(rest[rest.index(after: open)..<close])]!
            rest = rest[rest.index(after: close)...]
        }
        return folder.write("roster-\(label).xml", out + Array(rest.utf8))
    }

    @Test(arguments: ["Shift_JIS", "shift_jis", "SJIS", "Windows-31J", "CP932"])
    func windowsCharactersRead(label: String) {
        let path = roster(label: label)
        for reading in [RosterReader.read(path: path), RosterReader.readCarefully(path: path)] {
            #expect(reading.diagnostics == [], "\(label)")
            #expect(reading.roster?.staff.map(\.name) == ["髙橋 ①郎", "㈱松山 ～ 花子"], "\(label)")
            #expect(reading.roster?.municipalities.first?.name == "松山市")
        }
        #expect(DocumentReader.read(path: path).diagnostics == [])
    }

    /// 0x81 0xFF is no character: the problem is on line 8, where the bytes are (libxml2
    /// decodes in blocks, and said line 6).
    @Test func bytesThatCannotBeReadAreReportedAtTheirLine() {
        let path = roster(label: "Shift_JIS", bad: [0x81, 0xFF])
        for reading in [RosterReader.read(path: path), RosterReader.readCarefully(path: path)] {
            #expect(reading.diagnostics.map(\.line) == [8])
            #expect(
                reading.diagnostics.first?.message.hasPrefix(
                    "not well-formed XML: the bytes cannot be read in the encoding the file declares") == true)
        }
    }

    /// A roster in plain Shift_JIS, with nothing Windows adds, reads as before.
    @Test func plainShiftJISStillReads() {
        let path = folder.write(
            "plain.xml",
            Array(
                "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<roster xmlns=\"urn:counterpart:roster:1\" prefecture=\"380008\" effective=\"2026-04-01\"><members><member id=\"m\" municipality=\"380008\" role=\"hq-disaster\" name=\""
                    .utf8) + [0x89, 0xD4, 0x8E, 0x71] + Array("\"/></members></roster>\n".utf8))
        #expect(RosterReader.read(path: path).roster?.members.first?.name == "花子")
    }
}

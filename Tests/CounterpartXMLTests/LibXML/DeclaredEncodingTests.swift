import Testing

@testable import CounterpartXML

@Suite struct DeclaredEncodingTests {
    let folder = TemporaryFolder()

    func name(_ text: String) -> String? { DeclaredEncoding.name(in: Array(text.utf8)) }

    @Test func theDeclarationsEncodingIsFound() {
        #expect(name("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<r/>") == "Shift_JIS")
        #expect(name("\u{FEFF}<?xml version='1.0' encoding = 'sjis' standalone='yes'?><r/>") == "sjis")
        #expect(name("<?xml version=\"1.0\"?><r encoding=\"x\"/>") == nil)
        #expect(name("<r/>") == nil)
        #expect(name(" <?xml version=\"1.0\" encoding=\"Shift_JIS\"?>") == nil)
        #expect(name("<?xml version=\"1.0\" encoding=\"Shift_JIS\"") == nil)
    }

    /// Every Shift_JIS label WHATWG lists is read as Windows-31J; nothing else is overridden.
    @Test func shiftJISLabelsAreReadAsWindows31J() {
        for label in [
            "Shift_JIS", "shift_jis", "SHIFT-JIS", "SJIS", "x-sjis", "MS_Kanji", "csShiftJIS", "Windows-31J", "MS932",
        ] {
            #expect(
                DeclaredEncoding.override(for: Array("<?xml version=\"1.0\" encoding=\"\(label)\"?>".utf8)) == "CP932")
        }
        for label in ["UTF-8", "EUC-JP", "ISO-2022-JP", "ISO-8859-1", "Shift_JISX0213"] {
            #expect(DeclaredEncoding.override(for: Array("<?xml version=\"1.0\" encoding=\"\(label)\"?>".utf8)) == nil)
        }
    }

    @Test func theLineOfTheFirstUndecodableBytesIsCountedInTheDecodedText() {
        let path = folder.write("bad.xml", Array("a\nb\n".utf8) + [0x89, 0xD4] + Array("\nc\n".utf8) + [0x81, 0xFF])
        #expect(DeclaredEncoding.lineOfFirstUndecodableBytes(path: path, encoding: "CP932") == 5)
        #expect(DeclaredEncoding.lineOfFirstUndecodableBytes(path: path, encoding: "no-such-encoding") == nil)
        let good = folder.write("good.xml", Array("a\n".utf8) + [0x87, 0x40])
        #expect(DeclaredEncoding.lineOfFirstUndecodableBytes(path: good, encoding: "CP932") == nil)
        let cut = folder.write("cut.xml", Array("a\n\n".utf8) + [0x89])
        #expect(DeclaredEncoding.lineOfFirstUndecodableBytes(path: cut, encoding: "CP932") == 3)
    }

    /// Issue 14, item 23: every kind of file that says ISO-8859-1 but is written in UTF-8 is
    /// read as it says (the names garbled), with a warning at the first line beyond ASCII.
    @Test func aFileThatSaysLatin1ButIsUTF8IsReadWithAWarning() {
        let message =
            "warning: the file says latin1, but its bytes look like UTF-8: Japanese names will be garbled; save it as UTF-8 with encoding=\"UTF-8\""
        let roster = folder.write(
            "roster.xml",
            """
            <?xml version="1.0" encoding="latin1"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382035" name="宇和島市" kind="city" lat="33.2233" lon="132.5606"/>
              </municipalities>
            </roster>

            """)
        let reading = RosterReader.read(path: roster)
        #expect(reading.diagnostics == [])
        // Each UTF-8 byte read as the ISO-8859-1 character of that number.
        let garbled = String(Array("宇和島市".utf8).map { Character(Unicode.Scalar($0)) })
        #expect(reading.roster?.municipalities.first?.name == garbled)
        #expect(reading.warnings.map(\.description) == ["\(roster):4: \(message)"])
        #expect(DocumentReader.read(path: roster).warnings.map(\.description) == ["\(roster):4: \(message)"])
        let scenario = folder.write(
            "scenario.xml",
            "<?xml version=\"1.0\" encoding=\"latin1\"?>\n<scenario xmlns=\"urn:counterpart:scenario:1\" id=\"s\" name=\"大雨\" start=\"2026-11-02\">\n  <affected code=\"382035\"/>\n</scenario>\n"
        )
        #expect(ScenarioReader.read(path: scenario).warnings.map(\.description) == ["\(scenario):2: \(message)"])
        let demand = folder.write(
            "demand.xml",
            "<?xml version=\"1.0\" encoding=\"latin1\"?>\n<demand xmlns=\"urn:counterpart:demand:1\" id=\"d\" name=\"地震\" rotationDays=\"7\">\n  <need category=\"shelter\" perTenThousand=\"2.00\" days=\"14\"/>\n</demand>\n"
        )
        #expect(DemandReader.read(path: demand).warnings.map(\.description) == ["\(demand):2: \(message)"])
    }

    @Test func onlyUTF8BeyondASCIIUnderALatin1LabelIsWarnedAbout() {
        func lines(_ bytes: [UInt8]) -> Int? {
            bytes.withUnsafeBytes { DeclaredEncoding.lineOfFirstNonASCIICharacter(ifUTF8: $0) }
        }
        #expect(lines(Array("a\nb\nc松".utf8)) == 3)
        #expect(lines(Array("abc\n".utf8)) == nil)
        #expect(lines(Array("a\n".utf8) + [0xE9, 0x0A]) == nil)
        #expect(lines(Array("松\n".utf8) + [0xE9]) == nil)
        let utf8 = folder.write("utf8.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r name=\"松山\"/>\n")
        #expect(DeclaredEncoding.looksLikeUTF8Warning(path: utf8) == nil)
        let plain = folder.write("plain.xml", "<r name=\"松山\"/>\n")
        #expect(DeclaredEncoding.looksLikeUTF8Warning(path: plain) == nil)
        let windows = folder.write(
            "windows.xml", "<?xml version=\"1.0\" encoding=\"Windows-1252\"?>\n<r name=\"松山\"/>\n")
        #expect(DeclaredEncoding.looksLikeUTF8Warning(path: windows)?.line == 2)
    }
}

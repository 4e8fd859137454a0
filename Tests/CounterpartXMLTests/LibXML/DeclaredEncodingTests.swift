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
}

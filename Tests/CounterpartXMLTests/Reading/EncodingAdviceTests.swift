import Testing

@testable import CounterpartXML

/// Issue "Japanese first", item 3: a file that is not UTF-8 gets one diagnostic saying which
/// encoding it looks like and how to save it as UTF-8, in both languages.
@Suite struct EncodingAdviceTests {
    let folder = TemporaryFolder()

    /// A roster whose municipality name (line 4) is `name`, in bytes as given.
    func roster(_ name: [UInt8], declaration: String = "") -> [UInt8] {
        Array(
            """
            \(declaration)
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382035" name="
            """.utf8) + name
            + Array(
                """
                " kind="city" lat="33.2233" lon="132.5606"/>
                  </municipalities>
                </roster>

                """.utf8)
    }

    func onlyDiagnostic(_ bytes: [UInt8], _ name: String) throws -> Diagnostic {
        let diagnostics = DocumentReader.read(path: folder.write(name, bytes)).diagnostics
        #expect(diagnostics.count == 1)
        return try #require(diagnostics.first)
    }

    @Test func shiftJISWithoutADeclaration() throws {
        let diagnostic = try onlyDiagnostic(roster(EncodingGuessTests.uwajimaShiftJIS), "sjis.xml")
        #expect(diagnostic.line == 4)
        #expect(
            diagnostic.japanese
                == "ファイルの文字コードが UTF-8 ではありません。Shift_JIS（CP932。Excel やメモ帳で「ANSI」として保存したもの）のようです。Counterpart は XML ファイルを UTF-8 で読みます。メモ帳などのテキストエディタでファイルを開き、「名前を付けて保存」で文字コードに「UTF-8」を選んで保存し直してください（Excel の「CSV UTF-8」は CSV ファイルになり、XML ではありません）。"
        )
        #expect(
            diagnostic.message
                == "the file is not in UTF-8: its bytes look like Shift_JIS (CP932, what Japanese Excel and Notepad save as \"ANSI\"). Counterpart reads XML files in UTF-8: open the file in Notepad (or another text editor), choose Save As, pick the encoding \"UTF-8\" and save it (Excel's \"CSV UTF-8\" makes a CSV file, not XML)"
        )
    }

    @Test func shiftJISDeclaredAsUTF8() throws {
        let bytes = roster(
            EncodingGuessTests.uwajimaShiftJIS, declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        let diagnostic = try onlyDiagnostic(bytes, "sjis-as-utf8.xml")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.japanese.contains("Shift_JIS（CP932"))
    }

    @Test func eucJP() throws {
        let diagnostic = try onlyDiagnostic(roster(EncodingGuessTests.uwajimaEUCJP), "euc.xml")
        #expect(diagnostic.line == 4)
        #expect(diagnostic.japanese.hasPrefix("ファイルの文字コードが UTF-8 ではありません。EUC-JPのようです。"))
        #expect(diagnostic.message.hasPrefix("the file is not in UTF-8: its bytes look like EUC-JP."))
    }

    @Test func utf16WithoutAByteOrderMarkOrDeclaration() throws {
        let text = String(decoding: roster(Array("宇和島市".utf8)), as: UTF8.self)
        let bytes = EncodingGuessTests.utf16(text, isLittleEndian: true, hasByteOrderMark: false)
        let diagnostic = try onlyDiagnostic(bytes, "utf16.xml")
        #expect(diagnostic.line == 1)
        #expect(diagnostic.japanese.contains("UTF-16（リトルエンディアン、BOM なし）のようです。"))
        #expect(diagnostic.message.contains("UTF-16 (little-endian, without a byte order mark)"))
    }

    @Test func utf16WithAByteOrderMarkIsReadAsItIs() {
        let text = String(decoding: roster(Array("宇和島市".utf8)), as: UTF8.self)
        let bytes = EncodingGuessTests.utf16(text, isLittleEndian: true, hasByteOrderMark: true)
        #expect(DocumentReader.read(path: folder.write("utf16-bom.xml", bytes)).diagnostics.map(\.description) == [])
    }
}

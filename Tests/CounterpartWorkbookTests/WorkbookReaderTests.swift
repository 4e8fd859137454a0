import CounterpartCore
import Foundation
import Testing

@testable import CounterpartWorkbook

@Suite struct WorkbookReaderTests {
    @Test func aMinimalWorkbookIsRead() throws {
        let content = try WorkbookReader.read(try CraftedWorkbooks.bytes())
        #expect(content.sheets.map(\.name) == ["Sheet1"])
        #expect(content.sheets[0][CellAddress(row: 1, column: 0)] == .text("名前"))
        #expect(content.sheets[0][CellAddress(row: 1, column: 1)] == .number(42))
    }

    @Test func phoneticGuidesAndDateStylesAreReadAsExcelMeansThem() throws {
        let strings = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>加藤</t></r><r><t> 和也</t></r>\
            <rPh sb="0" eb="2"><t>カトウ</t></rPh></si></sst>
            """
        let styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="200" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>\
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="200"/><xf numFmtId="49"/></cellXfs></styleSheet>
            """
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3">\
            <c t="s"><v>0</v></c><c s="1"><v>46113</v></c><c s="2"><v>46114</v></c><c s="3"><v>46115</v></c>\
            <c t="d"><v>2026-04-05T00:00:00</v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c></row></sheetData></worksheet>
            """
        let relationships = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(PartXML.worksheetType)" Target="/xl/worksheets/sheet1.xml"/></Relationships>
            """
        let bytes = try CraftedWorkbooks.bytes([
            ("xl/sharedStrings.xml", Data(strings.utf8)), ("xl/styles.xml", Data(styles.utf8)),
            ("xl/worksheets/sheet1.xml", Data(sheet.utf8)), ("xl/_rels/workbook.xml.rels", Data(relationships.utf8)),
        ])
        let row = try WorkbookReader.read(bytes).sheets[0].rows[3] ?? [:]
        #expect(row[0] == .text("加藤 和也"))
        #expect(row[1] == .date(try CalendarDay("2026-04-01")))
        #expect(row[2] == .date(try CalendarDay("2026-04-02")))
        #expect(row[3] == .number(46_115))
        #expect(row[4] == .date(try CalendarDay("2026-04-05")))
        #expect(row[5] == .boolean(true))
        #expect(row[6] == .error("#REF!"))
    }

    @Test func aZipBombIsRefusedBeforeItIsUnpacked() throws {
        let zeros = Data(count: 20 << 20)
        let bytes = try CraftedWorkbooks.bytes([("xl/worksheets/sheet1.xml", zeros)])
        #expect(bytes.count < 100_000)
        let refusal = #expect(throws: WorkbookRefusal.self) { try WorkbookReader.read(bytes) }
        guard case .compressionRatio(let part, let ratio, 200) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(part == "xl/worksheets/sheet1.xml" && ratio > 200)
        #expect(refusal?.japanese.contains("zip 爆弾の疑いがあるため読み込みません") == true)
    }

    @Test func partsLargerThanTheLimitsAreRefused() throws {
        let limits = WorkbookLimits(
            maximumFileSize: 1 << 20, maximumPartCount: 6, maximumPartSize: 1_000, maximumTotalSize: 1 << 20,
            maximumRatio: 200, ratioFloor: 1 << 20)
        let large = try CraftedWorkbooks.bytes([("xl/worksheets/sheet1.xml", Data(count: 2_000))])
        #expect(throws: WorkbookRefusal.tooLargeUnpacked(part: "xl/worksheets/sheet1.xml", limit: 1_000)) {
            try WorkbookReader.read(large, limits: limits)
        }
        let many = try CraftedWorkbooks.bytes((1...3).map { ("docProps/extra\($0).xml", Data("<a/>".utf8)) })
        #expect(throws: WorkbookRefusal.tooManyParts(limit: 6)) { try WorkbookReader.read(many, limits: limits) }
    }

    @Test func anExternalLinkIsRefused() throws {
        let link = """
            <externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>
            """
        let bytes = try CraftedWorkbooks.bytes([("xl/externalLinks/externalLink1.xml", Data(link.utf8))])
        let refusal = #expect(throws: WorkbookRefusal.externalLink(part: "xl/externalLinks/externalLink1.xml")) {
            try WorkbookReader.read(bytes)
        }
        #expect(refusal?.japanese.contains("外部参照はたどりません") == true)
    }

    @Test func anExternalRelationshipIsRefusedButACellHyperlinkIsNotFollowed() throws {
        func relationships(_ type: String, _ target: String) -> Data {
            Data(
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)" \
                Target="\(target)" TargetMode="External"/></Relationships>
                """.utf8)
        }
        let object = try CraftedWorkbooks.bytes([
            ("xl/worksheets/_rels/sheet1.xml.rels", relationships("oleObject", "file:///etc/passwd"))
        ])
        #expect(
            throws: WorkbookRefusal.externalRelationship(
                part: "xl/worksheets/_rels/sheet1.xml.rels", target: "file:///etc/passwd")
        ) { try WorkbookReader.read(object) }
        let mail = try CraftedWorkbooks.bytes([
            ("xl/worksheets/_rels/sheet1.xml.rels", relationships("hyperlink", "mailto:a@example.jp"))
        ])
        #expect(try WorkbookReader.read(mail).sheets.count == 1)
    }

    @Test func oldAndEncryptedWorkbooksGetASentenceSayingHowToSaveThem() throws {
        let old = #expect(throws: WorkbookRefusal.oldExcelFormat) {
            try WorkbookReader.read(CraftedWorkbooks.compoundFile(stream: "Workbook"))
        }
        #expect(old?.japanese.contains("「Excel ブック (*.xlsx)」にして保存し直し") == true)
        let encrypted = #expect(throws: WorkbookRefusal.passwordProtected) {
            try WorkbookReader.read(CraftedWorkbooks.compoundFile(stream: "EncryptedPackage"))
        }
        #expect(encrypted?.japanese.hasPrefix("パスワードで保護（暗号化）されたブックは読み込めません。") == true)
        #expect(throws: WorkbookRefusal.notAWorkbook) { try WorkbookReader.read(Array("<roster/>".utf8)) }
    }

    @Test func aDocumentTypeIsNeverRead() throws {
        let workbook = """
            <?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>
            """
        let bytes = try CraftedWorkbooks.bytes([("xl/workbook.xml", Data(workbook.utf8))])
        #expect(throws: WorkbookRefusal.documentTypeDeclared(part: "xl/workbook.xml")) {
            try WorkbookReader.read(bytes)
        }
    }

    @Test func aDamagedPartIsReportedWithItsLine() throws {
        let bytes = try CraftedWorkbooks.bytes([("xl/workbook.xml", Data("<workbook>\n<sheets>".utf8))])
        let refusal = #expect(throws: WorkbookRefusal.self) { try WorkbookReader.read(bytes) }
        guard case .malformedPart("xl/workbook.xml", let line, _) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(line == 2)
    }
}

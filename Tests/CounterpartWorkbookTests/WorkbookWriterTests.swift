import CounterpartCore
import Foundation
import Testing

@testable import CounterpartWorkbook

@Suite struct WorkbookWriterTests {
    let workbook = Workbook(sheets: [
        Worksheet(
            name: "職員",
            rows: [
                [.heading("ID"), .heading("氏名"), .heading("開始日")],
                [.formattedText("0012", .text), .text("加藤 <和也> & \"Co\""), .date(try! CalendarDay("2026-04-01"))],
                [.integer(7), .number(2.5), .text(" 前後に空白 ")],
            ],
            columns: [WorksheetColumn(width: 18, format: .text)],
            listValidations: [ListValidation(columns: 2...3, rows: 2...10, choices: ["○"])], freezesFirstRow: true)
    ])

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try WorkbookWriter.bytes(of: workbook)
        let second = try WorkbookWriter.bytes(of: workbook)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let content = try WorkbookReader.read(try WorkbookWriter.bytes(of: workbook))
        let sheet = try #require(content.sheet(named: "職員"))
        #expect(sheet[CellAddress(row: 1, column: 1)] == .text("氏名"))
        #expect(sheet[CellAddress(row: 2, column: 0)] == .text("0012"))
        #expect(sheet[CellAddress(row: 2, column: 1)] == .text("加藤 <和也> & \"Co\""))
        #expect(sheet[CellAddress(row: 2, column: 2)] == .date(try CalendarDay("2026-04-01")))
        #expect(sheet[CellAddress(row: 3, column: 0)] == .number(7))
        #expect(sheet[CellAddress(row: 3, column: 1)] == .number(2.5))
        #expect(sheet[CellAddress(row: 3, column: 2)] == .text(" 前後に空白 "))
    }

    @Test func theSheetHoldsTheDropDownAndTheFrozenHeading() throws {
        var strings = SharedStrings()
        let xml = WorksheetXML.xml(workbook.sheets[0], strings: &strings)
        #expect(
            xml.contains(
                "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" sqref=\"C2:D10\"><formula1>&quot;○&quot;</formula1></dataValidation>"
            ))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<c r=\"C2\" s=\"1\"><v>46113</v></c>"))
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"18.0\" style=\"3\" customWidth=\"1\"/>"))
    }
}

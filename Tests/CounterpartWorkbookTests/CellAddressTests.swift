import CounterpartCore
import Testing

@testable import CounterpartWorkbook

@Suite struct CellAddressTests {
    @Test func columnsAreLettersFromA() {
        #expect(CellAddress.letters(ofColumn: 0) == "A")
        #expect(CellAddress.letters(ofColumn: 25) == "Z")
        #expect(CellAddress.letters(ofColumn: 26) == "AA")
        #expect(CellAddress.letters(ofColumn: 701) == "ZZ")
        #expect(CellAddress.letters(ofColumn: 702) == "AAA")
        #expect(CellAddress.letters(ofColumn: 16_383) == "XFD")
    }

    @Test func addressesReadBackAsWritten() {
        #expect(CellAddress("F12") == CellAddress(row: 12, column: 5))
        #expect(CellAddress("aa3") == CellAddress(row: 3, column: 26))
        #expect(CellAddress(row: 12, column: 5).description == "F12")
        #expect(CellAddress("XFD1048576") == CellAddress(row: 1_048_576, column: 16_383))
    }

    @Test func anythingElseIsNoAddress() {
        for text in ["", "F", "12", "F0", "1F", "F1F", "XFE1", "A1048577", "A-1", "Ａ1"] {
            #expect(CellAddress(text) == nil, "\(text)")
        }
    }

    @Test func daysAreExcelSerialNumbers() throws {
        #expect(try CalendarDay("2026-04-01").excelSerial == 46_113)
        #expect(try CalendarDay("1900-03-01").excelSerial == 61)
        #expect(try CalendarDay("1970-01-01").excelSerial == 25_569)
        #expect(CalendarDay(excelSerial: 46_113.75) == (try CalendarDay("2026-04-01")))
        #expect(CalendarDay(excelSerial: 60) == nil)
        #expect(CalendarDay(excelSerial: .nan) == nil)
        #expect(CalendarDay(excelSerial: 3e9) == nil)
    }
}

import CounterpartWorkbook
import Testing

@testable import CounterpartReports

@Suite struct TableWorkbookTests {
    @Test func wholeNumbersBecomeNumbersAndTheRestStaysText() {
        #expect(TableWorkbook.cell("12") == .integer(12))
        #expect(TableWorkbook.cell("-3") == .integer(-3))
        #expect(TableWorkbook.cell("0") == .integer(0))
        #expect(TableWorkbook.cell("0012") == .text("0012"))
        #expect(TableWorkbook.cell("=1+1") == .text("=1+1"))
        #expect(TableWorkbook.cell("１２") == .text("１２"))
        #expect(TableWorkbook.cell("1234567890123456") == .text("1234567890123456"))
        #expect(TableWorkbook.cell("") == .empty)
    }

    @Test func captionsBecomeSafeUniqueTabNames() {
        var used: Set<String> = ["状況報告"]
        #expect(TableWorkbook.uniqueName("応援市町", used: &used) == "応援市町")
        #expect(TableWorkbook.uniqueName("応援市町", used: &used) == "応援市町 (2)")
        #expect(TableWorkbook.uniqueName("a/b:c[d]*?\\e", used: &used) == "abcde")
        #expect(TableWorkbook.uniqueName("'", used: &used) == "Sheet")
        let long = String(repeating: "長", count: 40)
        #expect(TableWorkbook.uniqueName(long, used: &used) == String(repeating: "長", count: 31))
        #expect(TableWorkbook.uniqueName(long, used: &used) == String(repeating: "長", count: 27) + " (2)")
    }

    @Test func tablesFollowACoverSheet() {
        let workbook = TableWorkbook.workbook(
            coverName: "状況報告", title: "状況報告 — I1 豪雨", facts: ["被災: 宇和島市"],
            tables: [TableWorkbook.Table(caption: "応援市町", headers: ["市町", "派遣中"], texts: [["松山市", "3"]])])
        #expect(workbook.sheets.map(\.name) == ["状況報告", "応援市町"])
        #expect(workbook.sheets[0].rows == [[.heading("状況報告 — I1 豪雨")], [.text("被災: 宇和島市")]])
        #expect(workbook.sheets[1].rows == [[.heading("市町"), .heading("派遣中")], [.text("松山市"), .integer(3)]])
        #expect(workbook.sheets[1].freezesFirstRow)
    }
}

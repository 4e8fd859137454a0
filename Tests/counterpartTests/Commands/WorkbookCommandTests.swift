import Foundation
import Testing

/// The workbooks the command line writes, opened in LibreOffice as a person would open them,
/// and a roster workbook brought back with `roster import`.
@Suite struct WorkbookCommandTests {
    let folder = ScratchFolder()
    let ehime = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(
            ["--lang", "ja"] + arguments + ["--db", folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "USER": "hotline"])
    }

    @Test func theTemplateImportedUnchangedChangesNothing() throws {
        #expect(try run(["roster", "import", ehime]).status == 0)
        let path = folder.path("宇和島市.xlsx")
        let template = try run(["roster", "template", "--municipality", "宇和島市", "--output", path])
        #expect(template.status == 0 && template.standardOutput == "" && template.standardError == "")
        let again = try run(["roster", "template", "--municipality", "382035", "--output", folder.path("again.xlsx")])
        #expect(again.status == 0)
        #expect(
            FileManager.default.contents(atPath: path)
                == FileManager.default.contents(atPath: folder.path("again.xlsx")))
        let imported = try run(["roster", "import", path])
        #expect(imported.status == 0)
        #expect(imported.standardOutput == "変更はありません\n")
    }

    @Test func aBrokenWorkbookIsRefusedWithItsCellAndANameChangeIsShownWithItsValues() throws {
        #expect(try run(["roster", "import", ehime]).status == 0)
        let path = folder.path("宇和島市.xlsx")
        #expect(try run(["roster", "template", "--municipality", "宇和島市", "--output", path]).status == 0)
        let xls = folder.path("宇和島市.xls")
        FileManager.default.createFile(
            atPath: xls,
            contents: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600)))
        let old = try run(["roster", "import", xls])
        #expect(old.status == 1)
        #expect(
            old.standardError
                == "\(xls): 古い Excel 形式（.xls）のファイルは読み込めません。Excel でこのファイルを開き、「ファイル」→「名前を付けて保存」でファイルの種類を「Excel ブック (*.xlsx)」にして保存し直し、その .xlsx ファイルを取り込んでください。\n"
        )
        let english = try CommandRunner.run(
            ["--lang", "en", "roster", "import", xls, "--db", folder.path("counterpart.sqlite")], in: folder.url)
        #expect(english.standardError.hasPrefix("\(xls): this is an Excel 97-2003 workbook (.xls), which is not read"))
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "\(LibreOffice.absence)"))
    func theTemplateOpensInLibreOfficeWithDatesAndMarks() throws {
        #expect(try run(["roster", "import", ehime]).status == 0)
        let path = folder.path("宇和島市.xlsx")
        #expect(try run(["roster", "template", "--municipality", "宇和島市", "--output", path]).status == 0)
        let sheets = try LibreOffice.sheets(of: path, names: ["ホットライン", "職員", "説明"])
        let staff = try #require(sheets["職員"])
        #expect(
            staff[0] == [
                "ID（変更しないでください）", "氏名", "開始日1", "終了日1", "開始日2", "終了日2", "開始日3", "終了日3", "避難所運営", "罹災証明書交付",
                "住家被害認定調査", "保健師", "土木", "建築", "給水", "災害廃棄物", "総括支援", "一般事務",
            ])
        #expect(
            staff[4] == [
                "s-382035-0004", "越智 光", "2026/04/01", "2026/12/22", "2027/01/21", "2027/03/31", "", "", "", "○", "",
                "",
                "", "", "", "", "", "○",
            ])
        #expect(staff.count == 80)
        let members = try #require(sheets["ホットライン"])
        #expect(members[1] == ["m-382035-1", "副市町長", "大西 隆", "0895-00-0301", "uwajima.vice-mayor@example.jp"])
        let explanation = try #require(sheets["説明"])
        #expect(explanation[0].prefix(2) == ["市町コード", "382035"])
        #expect(explanation[2].prefix(2) == ["適用開始日", "2026/04/01"])
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "\(LibreOffice.absence)"))
    func theTemplateSavedAgainByLibreOfficeImportsUnchanged() throws {
        #expect(try run(["roster", "import", ehime]).status == 0)
        let path = folder.path("宇和島市.xlsx")
        #expect(try run(["roster", "template", "--municipality", "宇和島市", "--output", path]).status == 0)
        let saved = folder.path("saved")
        try FileManager.default.createDirectory(atPath: saved, withIntermediateDirectories: true)
        let again = try LibreOffice.savedAgain(path, into: saved)
        #expect(FileManager.default.contents(atPath: again) != FileManager.default.contents(atPath: path))
        let imported = try run(["roster", "import", "--dry-run", again])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput == "変更はありません\n試行のみ: 何も記録していません\n")
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "\(LibreOffice.absence)"))
    func theSupportersSheetAndTheSitrepOpenInLibreOffice() throws {
        #expect(try run(["roster", "import", ehime]).status == 0)
        #expect(
            try run(["incident", "open", "--name", "豪雨", "--start", "2026-11-02", "--affected", "宇和島市"]).status == 0)
        #expect(
            try run([
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "shelter",
                "--headcount", "2", "--from", "2026-11-02", "--to", "2026-11-08",
            ]).status == 0)
        #expect(try run(["incident", "plan", "I1"]).status == 0)
        let list = folder.path("assignments.xlsx")
        let written = try run([
            "assignment", "list", "--incident", "I1", "--supplier", "松山市", "--format", "xlsx", "-o", list,
        ])
        #expect(written.status == 0, "\(written.standardError)")
        let text = try run(["assignment", "list", "--incident", "I1", "--supplier", "松山市"])
        let sheets = try LibreOffice.sheets(of: list, names: ["割当", "派遣先のホットライン"])
        let assignments = try #require(sheets["割当"])
        #expect(
            assignments[0] == [
                "割当", "要請", "氏名", "職員ID", "派遣元", "派遣先", "業務", "期", "開始日", "終了日", "状態", "報告先", "報告先の電話", "理由",
            ])
        #expect(assignments.count == 3)
        for row in assignments.dropFirst() {
            #expect(
                row[4...12] == [
                    "松山市", "宇和島市", "避難所運営", "1", "2026/11/02", "2026/11/08", "提案", "日野 雄一（実務担当）", "0895-00-0304",
                ])
            // The same people as the text listing.
            #expect(text.standardOutput.contains("\(row[0])  \(row[1])"))
            #expect(text.standardOutput.contains(row[2]))
        }
        let hotline = try #require(sheets["派遣先のホットライン"])
        #expect(hotline.count == 5)
        #expect(hotline[4] == ["宇和島市", "実務担当", "日野 雄一", "0895-00-0304", "uwajima.liaison@example.jp"])

        let sitrep = folder.path("sitrep.xlsx")
        #expect(try run(["sitrep", "--incident", "I1", "--format", "xlsx", "-o", sitrep]).status == 0)
        let report = try LibreOffice.sheets(of: sitrep, names: ["状況報告", "被災市町・業務区分別"])
        #expect(report["状況報告"]?.first?.first?.hasPrefix("状況報告") == true)
        #expect(report["被災市町・業務区分別"]?.count == 2)
        #expect(report["被災市町・業務区分別"]?[1].prefix(4) == ["宇和島市", "避難所運営", "2", "2"])
    }
}

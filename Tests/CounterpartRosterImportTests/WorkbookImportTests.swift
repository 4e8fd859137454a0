import CounterpartCore
import CounterpartRosterImport
import CounterpartStore
import CounterpartXML
import Foundation
import Testing

@testable import CounterpartWorkbook

/// A municipality's list as a workbook: the template of the shipped roster, edited as a person
/// would, imported through the same import as roster files.
@Suite struct WorkbookImportTests {
    let folder = TemporaryFolder()
    let uwajima = try! LocalGovernmentCode("382035")

    func importer(_ store: RosterStore) -> RosterImporter {
        RosterImporter(
            store: store, actor: .operatingSystemUser(ImportFixtures.user), time: try! Timestamp(ImportFixtures.time))
    }

    /// A store holding the shipped roster of Ehime (revision 1).
    func ehimeStore() throws -> RosterStore {
        let store = try folder.store()
        _ = try importer(store).importRosters([.file(path: ImportFixtures.ehime)], isDryRun: false)
        return store
    }

    /// 宇和島市's template from `store`.
    func template(_ store: RosterStore) throws -> Workbook {
        RosterTemplate.workbook(of: try #require(try store.currentRoster()), municipality: uwajima)
    }

    func upload(_ workbook: Workbook) throws -> RosterSource {
        .upload(name: "宇和島市.xlsx", bytes: try WorkbookWriter.bytes(of: workbook))
    }

    /// The problems `source` is refused with, checking that nothing was stored.
    func refusal(_ source: RosterSource, into store: RosterStore) throws -> [Diagnostic] {
        let before = try store.revisions().count
        defer { #expect((try? store.revisions().count) == before) }
        do {
            _ = try importer(store).importRosters([source], isDryRun: false)
        } catch {
            guard case .badInput(let diagnostics) = error else {
                Issue.record("\(error)")
                return []
            }
            return diagnostics
        }
        Issue.record("imported")
        return []
    }

    @Test func theTemplateImportedUnchangedChangesNothing() throws {
        let store = try ehimeStore()
        let outcome = try importer(store).importRosters([try upload(try template(store))], isDryRun: false)
        #expect(outcome.changes.isEmpty)
        #expect(outcome.revision == nil)
    }

    @Test func theTemplateHoldsTheMunicipalitysPeople() throws {
        let workbook = try template(try ehimeStore())
        #expect(workbook.sheets.map(\.name) == ["ホットライン", "職員", "説明"])
        let members = workbook.sheets[0].rows
        #expect(members.count == 5)
        #expect(
            members[1] == [
                .formattedText("m-382035-1", .text), .text("副市町長"), .text("大西 隆"),
                .formattedText("0895-00-0301", .text), .text("uwajima.vice-mayor@example.jp"),
            ])
        let staff = workbook.sheets[1].rows
        #expect(staff.count == 80)
        #expect(staff[0].prefix(4) == [.heading("ID（変更しないでください）"), .heading("氏名"), .heading("開始日1"), .heading("終了日1")])
        // 越智 光: two periods, certificate and general.
        let ochi = staff[4]
        #expect(ochi[0] == .formattedText("s-382035-0004", .text))
        #expect(
            ochi[2...5] == [
                .date(try CalendarDay("2026-04-01")), .date(try CalendarDay("2026-12-22")),
                .date(try CalendarDay("2027-01-21")), .date(try CalendarDay("2027-03-31")),
            ])
        #expect(
            ochi[8...17] == [.empty, .text("○"), .empty, .empty, .empty, .empty, .empty, .empty, .empty, .text("○")])
        #expect(
            workbook.sheets[1].listValidations == [ListValidation(columns: 8...17, rows: 2...1_048_576, choices: ["○"])]
        )
    }

    @Test func anEditedTemplateImportsExactlyItsEditsAndABrokenDateIsNamedByItsCell() throws {
        let store = try ehimeStore()
        var workbook = try template(store)
        var rows = workbook.sheets[1].rows
        // Columns: A id, B name, C–H three periods, I–R the ten skills (L 保健師).
        rows[1][1] = .text("加藤 和哉")  // s-382035-0001, a name changed
        rows[2][11] = .text("○")  // s-382035-0002 西原 綾, 保健師 added
        rows.remove(at: 3)  // s-382035-0003 長谷川 智子 removed
        var added: [WorkbookCell] = [
            .empty, .text("愛媛 花子"), .date(try CalendarDay("2027-04-01")),
            .date(try CalendarDay("2028-03-31")),
        ]
        added += Array(repeating: .empty, count: 4) + [.text("○")] + Array(repeating: .empty, count: 9)
        rows.append(added)  // a person added, without an id
        // s-382035-0005 岡田 亮, now in row 5 of the sheet: the last day before the first.
        #expect(rows[4][0] == .formattedText("s-382035-0005", .text))
        rows[4][3] = .date(try CalendarDay("2026-03-01"))
        workbook.sheets[1].rows = rows

        let problems = try refusal(try upload(workbook), into: store)
        #expect(problems.map(\.japanese) == ["職員!D5: 終了日が開始日より前です（開始日 2026-04-01、終了日 2026-03-01）。"])
        #expect(
            problems.map(\.description) == [
                "宇和島市.xlsx: 職員!D5: the last day comes before the first day (2026-04-01 to 2026-03-01)"
            ])
        #expect(problems.first?.line == nil)

        rows[4][3] = .date(try CalendarDay("2027-03-31"))
        workbook.sheets[1].rows = rows
        let outcome = try importer(store).importRosters([try upload(workbook)], isDryRun: false)
        #expect(outcome.revision == 2)
        #expect(outcome.changes.staff.added == ["s-382035-0080"])
        #expect(outcome.changes.staff.removed == ["s-382035-0003"])
        #expect(outcome.changes.staff.changed.map(\.key) == ["s-382035-0001", "s-382035-0002"])
        #expect(outcome.changes.staff.changed.map(\.fields) == [["name"], ["skills"]])
        var changes = outcome.changes
        changes.staff =
            RosterChanges.between(nil, Roster(prefecture: uwajima, effective: outcome.roster.effective)).staff
        #expect(changes.isEmpty)
        let person = try #require(outcome.roster.staff.first { $0.id == "s-382035-0080" })
        #expect(person.name == "愛媛 花子" && person.municipality == uwajima)
        #expect(person.skills == JobCategorySet([.shelter]))
        #expect(person.availability == [try DayRange(from: CalendarDay("2027-04-01"), to: CalendarDay("2028-03-31"))])
    }

    @Test func everyProblemOfARowIsNamedByItsCellInJapanese() throws {
        let store = try ehimeStore()
        var workbook = try template(store)
        workbook.sheets[0].rows[2][1] = .text("市長")
        workbook.sheets[0].rows[3][2] = .empty
        workbook.sheets[1].rows[1][8] = .text("x")
        workbook.sheets[1].rows[2][2] = .text("4月1日")
        workbook.sheets[1].rows[3][3] = .empty
        workbook.sheets[1].rows[5] = Array(workbook.sheets[1].rows[5].prefix(8))
        workbook.sheets[1].rows[6][0] = .formattedText("s-382035-0001", .text)
        let problems = try refusal(try upload(workbook), into: store)
        #expect(
            problems.map(\.japanese) == [
                "ホットライン!B3: 役割「市長」は選べません。一覧から選んでください（副市町長、防災担当部課長、人事担当部課長、実務担当）。",
                "ホットライン!C4: 氏名がありません。",
                "職員!I2: 「x」は書けません。○ か空欄にしてください。",
                "職員!C3: 「4月1日」は日付ではありません。2026/04/01 のように日付で入れてください。",
                "職員!D4: 終了日がありません（開始日だけ入っています）。",
                "職員!I6: 業務に ○ が1つもありません。少なくとも1つに ○ を付けてください。",
            ])
        workbook = try template(store)
        workbook.sheets[1].rows[6][0] = .formattedText("s-382035-0001", .text)
        let repeated = try refusal(try upload(workbook), into: store)
        #expect(repeated.count == 1)
        #expect(repeated.first?.japanese.hasPrefix("職員!A7: ") == true)
    }

    @Test func refusedWorkbooksStoreNothingAndSayWhatToDo() throws {
        let store = try ehimeStore()
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 1024)
        let old = try refusal(.upload(name: "宇和島市.xls", bytes: xls), into: store)
        #expect(old.map(\.japanese) == [WorkbookRefusal.oldExcelFormat.japanese])
        #expect(old.first?.file == "宇和島市.xls")
        var encrypted = xls
        encrypted += "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let locked = try refusal(.upload(name: "宇和島市.xlsx", bytes: encrypted), into: store)
        #expect(locked.map(\.japanese) == [WorkbookRefusal.passwordProtected.japanese])
        let path = folder.path("宇和島市.xlsx")
        FileManager.default.createFile(atPath: path, contents: Data("not a zip".utf8))
        #expect(try refusal(.file(path: path), into: store).map(\.japanese) == [WorkbookRefusal.notAWorkbook.japanese])
        #expect(try store.currentRoster()?.staff.count == 1500)
    }

    @Test func aZipBombAndAnExternalLinkAreRefusedAndNothingIsStored() throws {
        let store = try ehimeStore()
        let bytes = try WorkbookWriter.bytes(of: try template(store))
        let content = try WorkbookReader.read(bytes)
        #expect(content.sheets.count == 3)
        // The template's parts again, with the staff sheet replaced by 30 MB of zeros.
        let parts = try ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"].map {
            path in (path, Data(try #require(try WorkbookArchive(bytes: bytes, limits: .standard).part(path))))
        }
        let bomb = try WorkbookWriter.zip(parts + [("xl/worksheets/sheet2.xml", Data(count: 30 << 20))])
        let exploded = try refusal(.upload(name: "宇和島市.xlsx", bytes: bomb), into: store)
        #expect(exploded.count == 1)
        #expect(exploded.first?.japanese.hasPrefix("xl/worksheets/sheet2.xml は ") == true)
        #expect(exploded.first?.japanese.hasSuffix("zip 爆弾の疑いがあるため読み込みません。") == true)
        let link = Data("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".utf8)
        let linked = try WorkbookWriter.zip(parts + [("xl/externalLinks/externalLink1.xml", link)])
        let refused = try refusal(.upload(name: "宇和島市.xlsx", bytes: linked), into: store)
        #expect(
            refused.map(\.japanese) == [
                WorkbookRefusal.externalLink(part: "xl/externalLinks/externalLink1.xml").japanese
            ])
        #expect(try store.revisions().count == 1)
    }
}

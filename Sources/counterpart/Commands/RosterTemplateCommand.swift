import ArgumentParser
import CounterpartCore
import CounterpartStore
import CounterpartWorkbook

/// `counterpart roster template --municipality CODE-OR-NAME --output FILE.xlsx`.
struct RosterTemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: L(
            "1市町の現在のホットラインのメンバーと職員を Excel ブック（.xlsx）に書き出します。編集して roster import で取り込めます。",
            "Write one municipality's current hotline members and staff as an Excel workbook (.xlsx), to edit and bring back with roster import."
        ),
        discussion: L(
            """
            シートは ホットライン、職員、説明（各列の書き方）の3つです。業務は列ごとに ○ を選び、日付は Excel の日付です。\
            ID の列は変えないでください。新しい人は ID を空欄にします。そのまま取り込んでも何も変わりません。
            """,
            """
            Three sheets: ホットライン (hotline members), 職員 (staff) and 説明 (what each column holds, in Japanese). \
            Skills are one column each with a drop-down (○ or empty); dates are Excel dates. Keep the id column; \
            leave it empty for new people. Importing the workbook unchanged changes nothing.
            """)
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(L("市町（コードまたは市町名）。", "The municipality (code or name).")))
    var municipality: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("書き出すファイル（.xlsx）。", "The file to write (.xlsx).")))
    var output: String

    func run() throws {
        let store = try database.open()
        let stored: Roster?
        do {
            stored = try store.currentRoster()
        } catch {
            throw error.reported()
        }
        guard let roster = stored else {
            FileHandleOutput.standardError.write(
                L(
                    "\(database.shownName): 名簿がまだ登録されていません。counterpart roster import で取り込んでください\n",
                    "\(database.shownName): no roster stored yet; import one with 'counterpart roster import'\n"))
            throw ExitStatus.badInput.exitCode
        }
        guard let code = roster.municipalityCode(codeOrName: municipality), roster.municipality(code) != nil else {
            FileHandleOutput.standardError.write(MunicipalityArgument.unknown(municipality, in: roster) + "\n")
            throw ExitStatus.badInput.exitCode
        }
        try WorkbookOutput.write(RosterTemplate.workbook(of: roster, municipality: code), to: output)
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartReports
import CounterpartStore
import CounterpartWorkbook

/// `counterpart roster …`: the roster kept in the database.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: L(
            "名簿をデータベースで管理します: 取込み、比較、表示、書き出し、履歴。",
            "Keep the roster in the database: import, compare, show, export, history."),
        subcommands: [
            RosterImportCommand.self, RosterDiffCommand.self, RosterShowCommand.self, RosterContactsCommand.self,
            RosterExportCommand.self, RosterTemplateCommand.self, RosterHistoryCommand.self,
        ]
    )
}

/// `counterpart roster import FILE... [--dry-run]`.
struct RosterImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: L(
            "名簿ファイルを1回の処理で取り込みます。scope=\"full\" は全体を、scope=\"municipality\" と roster template の Excel ブック（.xlsx）は1市町のメンバーと職員を置き換えます。",
            "Import roster files in one transaction: scope=\"full\" replaces everything, scope=\"municipality\" and a roster template workbook (.xlsx) one municipality's members and staff."
        ),
        discussion: L(
            """
            すべてのファイルを先に検査し、問題があれば何も記録せず終了コード 1 で終わります。ブックの問題はシートと\
            セル（職員!F12）で示します。変更内容は記録の前に表示します。市町のファイルはその市町の適用開始日だけを設定します。置き換える名簿より前の適用開始日の\
            ファイルは、--force がなければ断ります。
            """,
            """
            Every file is checked first; on any problem nothing is stored and the exit status is 1. A workbook's \
            problems name the sheet and cell (職員!F12). The changes are printed before they are stored. A municipality file sets that municipality's effective day only; \
            a file effective from an earlier day than what it replaces is refused unless --force.
            """)
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(
        help: ArgumentHelp(
            L(
                "名簿ファイル（.xml、または roster template で作った .xlsx。指定した順に適用します）。",
                "Roster files (.xml, or an .xlsx made by roster template), applied in the order given.")))
    var files: [String]

    @Flag(help: ArgumentHelp(L("変わる内容を表示するだけで、何も記録しません。", "Print what would change and store nothing.")))
    var dryRun = false

    @Flag(
        help: ArgumentHelp(
            L(
                "置き換える名簿（または一覧）より前の適用開始日のファイルでも取り込みます。",
                "Import a file effective from an earlier day than the roster (or list) it replaces.")))
    var force = false

    func run() async throws {
        let store = try database.open(mayCreate: !dryRun)
        let before = RosterImport.rosterBefore(files, store: store)
        let outcome = try RosterImport.run(files: files, store: store, dryRun: dryRun, force: force)
        FileHandleOutput.standardOutput.write(RosterImport.changes(outcome, before: before))
        try await RosterImport.warnAboutOpenIncidents(outcome.changes, store: store, isDryRun: dryRun)
        if let revision = outcome.revision {
            FileHandleOutput.standardOutput.write(
                L(
                    "\(database.shownName) に第\(revision)版として記録しました\n",
                    "stored as revision \(revision) in \(database.shownName)\n"))
        } else if dryRun {
            FileHandleOutput.standardOutput.write(L("試行のみ: 何も記録していません\n", "dry run: nothing stored\n"))
        }
    }
}

/// `counterpart roster diff FILE...`.
struct RosterDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: L("ファイルを取り込んだら何が変わるかを表示します。何も記録しません。", "Show what importing the files would change; store nothing.")
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp(L("名簿ファイル。", "Roster files.")))
    var files: [String]

    func run() throws {
        let store = try database.open()
        let before = RosterImport.rosterBefore(files, store: store)
        let outcome = try RosterImport.run(files: files, store: store, dryRun: true, force: true)
        FileHandleOutput.standardOutput.write(RosterImport.changes(outcome, before: before))
    }
}

extension RosterImport {
    /// The stored roster before importing `files`, when one of them is a workbook (whose
    /// changes are shown with names and old → new values); `nil` otherwise.
    static func rosterBefore(_ files: [String], store: RosterStore) -> Roster?? {
        guard files.contains(where: { WorkbookFile.isWorkbook(name: $0, head: WorkbookFile.head(path: $0)) }) else {
            return nil
        }
        return .some(try? store.currentRoster())
    }

    /// The changes of `outcome` as printed: with names and values after a workbook (`before`
    /// given), as ``ChangeReport`` says them otherwise.
    static func changes(_ outcome: RosterStore.ImportOutcome, before: Roster??) -> String {
        guard let before else { return ChangeReport.render(outcome.changes, language: CommandLanguage.current) }
        return ChangeDetails.render(
            outcome.changes, old: before, new: outcome.roster, language: CommandLanguage.current)
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartStore
import CounterpartXML

/// `counterpart roster export [--municipality CODE-OR-NAME] [--as-of REVISION] [--output FILE]`.
struct RosterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L(
            "登録されている名簿（または1市町の分、以前の版）を名簿 XML として書き出します。",
            "Write the stored roster (or one municipality's part, or an earlier revision) as roster XML."),
        discussion: L("書き出したファイルを取り込んでも何も変わりません。", "Importing an export changes nothing.")
    )

    @OptionGroup var database: DatabaseOptions

    @Option(
        help: ArgumentHelp(
            L(
                "この市町のメンバーと職員だけを書き出します（scope=\"municipality\" のファイル。コードまたは市町名）。",
                "Export only this municipality's members and staff (a scope=\"municipality\" file; code or name).")))
    var municipality: String?

    @Option(help: ArgumentHelp(L("この版の直後の名簿を書き出します。", "Export the roster as it was right after this revision.")))
    var asOf: Int?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write to this file instead of standard output.")))
    var output: String?

    func run() throws {
        let store = try database.open()
        var roster: Roster
        do {
            if let asOf {
                roster = try store.roster(asOf: asOf)
            } else if let current = try store.currentRoster() {
                roster = current
            } else {
                FileHandleOutput.standardError.write(
                    "\(database.shownName): no roster stored yet; import one with 'counterpart roster import'\n")
                throw ExitStatus.badInput.exitCode
            }
        } catch let error as StoreError {
            throw error.reported()
        }
        if let municipality {
            guard let code = roster.municipalityCode(codeOrName: municipality), roster.municipality(code) != nil else {
                FileHandleOutput.standardError.write(MunicipalityArgument.unknown(municipality, in: roster) + "\n")
                throw ExitStatus.badInput.exitCode
            }
            roster = Roster(
                prefecture: roster.prefecture, effective: roster.effective(of: code), scope: .municipality(code),
                members: roster.members.filter { $0.municipality == code },
                staff: roster.staff.filter { $0.municipality == code })
        }
        let file = try OutputFile(path: output)
        try RosterWriter.write(roster, to: XMLOutput { try file.write($0) })
        try file.commit()
    }
}

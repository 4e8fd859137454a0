import ArgumentParser
import CounterpartCore
import CounterpartReports
import CounterpartStore

/// `counterpart roster show [--municipality CODE-OR-NAME]`.
struct RosterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L(
            "登録されている名簿の概要: 市町ごとのグループ、応援市町、役割別のメンバー、業務区分別の職員数。",
            "Summarise the stored roster: per municipality its group, its supporters, members by role and staff per skill."
        )
    )

    @OptionGroup var database: DatabaseOptions

    @Option(
        help: ArgumentHelp(
            L(
                "この市町だけを表示します（コードまたは市町名。例: 382035 または 宇和島市）。",
                "Show only this municipality (code or name, e.g. 382035 or 宇和島市).")))
    var municipality: String?

    func run() throws {
        let roster = try StoredRoster.current(database)
        var only: LocalGovernmentCode?
        if let municipality {
            guard let code = roster.municipalityCode(codeOrName: municipality), roster.municipality(code) != nil else {
                FileHandleOutput.standardError.write(MunicipalityArgument.unknown(municipality, in: roster) + "\n")
                throw ExitStatus.badInput.exitCode
            }
            only = code
        }
        FileHandleOutput.standardOutput.write(
            RosterSummaryText.render(roster, only: only, language: CommandLanguage.current))
    }
}

/// The stored roster, or a clear message and exit status 1 when there is none.
enum StoredRoster {
    static func current(_ database: DatabaseOptions) throws -> Roster {
        do {
            if let roster = try database.open().currentRoster() { return roster }
        } catch let error as StoreError {
            throw error.reported()
        }
        FileHandleOutput.standardError.write(
            L(
                "\(database.shownName): 名簿がまだ登録されていません。'counterpart roster import' で取り込んでください。\n",
                "\(database.shownName): no roster stored yet; import one with 'counterpart roster import'\n"))
        throw ExitStatus.badInput.exitCode
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartStore
import CounterpartXML

/// `counterpart roster export [--municipality CODE-OR-NAME] [--as-of REVISION] [--output FILE]`.
struct RosterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the stored roster (or one municipality's part, or an earlier revision) as roster XML.",
        discussion: "Importing an export changes nothing."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(
        help: "Export only this municipality's members and staff (a scope=\"municipality\" file; code or name).")
    var municipality: String?

    @Option(help: "Export the roster as it was right after this revision.")
    var asOf: Int?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
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
                    "\(database.resolvedPath): no roster stored yet; import one with 'counterpart roster import'\n")
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

import ArgumentParser
import CounterpartReports

/// `counterpart roster …`: the roster kept in the database.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Keep the roster in the database: import, compare, show, export, history.",
        subcommands: [
            RosterImportCommand.self, RosterDiffCommand.self, RosterShowCommand.self, RosterContactsCommand.self,
            RosterExportCommand.self, RosterHistoryCommand.self,
        ]
    )
}

/// `counterpart roster import FILE... [--dry-run]`.
struct RosterImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import roster files in one transaction: scope=\"full\" replaces everything, scope=\"municipality\" one municipality's members and staff.",
        discussion: """
            Every file is checked first; on any problem nothing is stored and the exit status is 1. The changes \
            are printed before they are stored. A municipality file sets that municipality's effective day only; \
            a file effective from an earlier day than what it replaces is refused unless --force.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Roster files, applied in the order given.")
    var files: [String]

    @Flag(help: "Print what would change and store nothing.")
    var dryRun = false

    @Flag(help: "Import a file effective from an earlier day than the roster (or list) it replaces.")
    var force = false

    func run() async throws {
        let store = try database.open(mayCreate: !dryRun)
        let outcome = try RosterImport.run(files: files, store: store, dryRun: dryRun, force: force)
        FileHandleOutput.standardOutput.write(ChangeReport.render(outcome.changes))
        try await RosterImport.warnAboutOpenIncidents(outcome.changes, store: store, isDryRun: dryRun)
        if let revision = outcome.revision {
            FileHandleOutput.standardOutput.write("stored as revision \(revision) in \(database.resolvedPath)\n")
        } else if dryRun {
            FileHandleOutput.standardOutput.write("dry run: nothing stored\n")
        }
    }
}

/// `counterpart roster diff FILE...`.
struct RosterDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what importing the files would change; store nothing."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Roster files.")
    var files: [String]

    func run() throws {
        let outcome = try RosterImport.run(files: files, store: try database.open(), dryRun: true, force: true)
        FileHandleOutput.standardOutput.write(ChangeReport.render(outcome.changes))
    }
}

import ArgumentParser
import CounterpartStore

/// `counterpart db backup FILE`.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Look after the database file.",
        subcommands: [DatabaseBackupCommand.self, DatabaseCheckCommand.self]
    )
}

/// A consistent copy of the database, safe while others use it (SQLite's backup), checked
/// before it is put in place.
struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the database consistently, even while it is in use, and check the copy.",
        discussion: """
            The copy is written beside FILE, checked (SQLite's integrity check, the same rows in every table) \
            and only then moved to FILE, readable by its owner only (mode 0600). An existing FILE is replaced \
            only with --force; a database that is not there is never created to be copied.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Where to write the copy (a new file).")
    var destination: String

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run() throws {
        let outcome: RosterStore.BackupOutcome
        do {
            outcome = try database.open().backUp(to: destination, replacing: force)
        } catch let error as StoreError {
            throw error.reported()
        }
        let rows = outcome.rowCounts.values.reduce(0, +)
        FileHandleOutput.standardOutput.write(
            "backed up \(database.resolvedPath) to \(destination)\n"
                + "checked: the copy is sound and holds the same \(rows) rows in \(outcome.rowCounts.count) tables\n")
    }
}

/// `counterpart db check`: SQLite's integrity check.
struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check that the database file is sound (SQLite's integrity check).")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let result: [String]
        do { result = try database.open().integrityCheck() } catch let error as StoreError { throw error.reported() }
        FileHandleOutput.standardOutput.write(result.joined(separator: "\n") + "\n")
        if result != ["ok"] { throw ExitStatus.badInput.exitCode }
    }
}

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

/// A consistent copy of the database, safe while others use it (SQLite's backup).
struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the database consistently, even while it is in use.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Where to write the copy (a new file).")
    var destination: String

    func run() throws {
        do {
            try database.open().backUp(to: destination)
        } catch let error as StoreError {
            throw error.reported()
        }
        FileHandleOutput.standardOutput.write("backed up \(database.resolvedPath) to \(destination)\n")
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

import ArgumentParser
import CounterpartStore

/// `counterpart db backup FILE`.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Look after the database file.",
        subcommands: [DatabaseBackupCommand.self]
    )
}

/// A consistent copy of the database, safe while others use it (SQLite's backup).
struct DatabaseBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Copy the database consistently, even while it is in use.")

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

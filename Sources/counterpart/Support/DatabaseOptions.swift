import ArgumentParser
import CounterpartStore
import Foundation

/// `--db PATH`, else `COUNTERPART_DB`, else `counterpart.sqlite` in the current folder.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file (default: $COUNTERPART_DB, else ./counterpart.sqlite).")
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["COUNTERPART_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "counterpart.sqlite"
    }

    /// Opens the store, printing the error and exiting 1 when it cannot be used.
    func open() throws -> RosterStore {
        do {
            return try RosterStore(path: resolvedPath)
        } catch {
            FileHandleOutput.standardError.write("\(error)\n")
            throw ExitStatus.badInput.exitCode
        }
    }
}

extension StoreError {
    /// Prints the error and gives the bad-input exit code to throw.
    func reported() -> ExitCode {
        FileHandleOutput.standardError.write("\(self)\n")
        return ExitStatus.badInput.exitCode
    }
}

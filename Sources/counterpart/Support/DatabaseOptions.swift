import ArgumentParser
import CounterpartStore
import Foundation

/// `--db PATH`, else `COUNTERPART_DB`, else `counterpart.sqlite` in the current folder.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The database file (default: $COUNTERPART_DB, else ./counterpart.sqlite).")
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["COUNTERPART_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "counterpart.sqlite"
    }

    /// Opens the store, printing the error and exiting 1 when it cannot be used.
    func open() throws -> RosterStore {
        do {
            return try RosterStore(path: resolvedPath, readsBesideWrites: false)
        } catch {
            throw error.reported()
        }
    }
}

extension StoreError {
    /// The sentence printed on standard error: the store's words plus the flags and
    /// commands that help.
    var commandLineSentence: String {
        switch self {
        case .notACounterpartDatabase: return description + " (choose another file with --db or COUNTERPART_DB)"
        case .unknownRevision: return description + "; 'counterpart roster history' lists them"
        default: return description
        }
    }

    /// Prints the error and gives the bad-input exit code to throw.
    func reported() -> ExitCode {
        FileHandleOutput.standardError.write(commandLineSentence + "\n")
        return ExitStatus.badInput.exitCode
    }
}

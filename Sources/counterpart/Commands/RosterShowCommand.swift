import ArgumentParser
import CounterpartCore
import CounterpartReports
import CounterpartStore

/// `counterpart roster show [--municipality CODE]`.
struct RosterShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Summarise the stored roster: per municipality its group, its supporters, members by role and staff per skill."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Show only this municipality.")
    var municipality: String?

    func validate() throws {
        if let municipality {
            do { _ = try LocalGovernmentCode(municipality) } catch { throw ValidationError("--municipality: \(error)") }
        }
    }

    func run() throws {
        let roster = try StoredRoster.current(database)
        let only = municipality.flatMap { try? LocalGovernmentCode($0) }
        if let only, roster.municipality(only) == nil {
            FileHandleOutput.standardError.write("municipality \(only) is not in the stored roster\n")
            throw ExitStatus.badInput.exitCode
        }
        FileHandleOutput.standardOutput.write(RosterSummaryText.render(roster, only: only))
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
            "\(database.resolvedPath): no roster stored yet; import one with 'counterpart roster import'\n")
        throw ExitStatus.badInput.exitCode
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// What every incident command needs: the desk over the store, who is acting, and the
/// output format. `COUNTERPART_NOW` (ISO 8601, e.g. `2026-11-23T01:00:00Z`) sets the clock for
/// drills and tests; the actor is the operating-system user, as in the roster history.
struct OperationsOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(
        help: ArgumentHelp(
            L("text（人が読む形式。既定）または json（スクリプト向け）。", "text (for people, the default) or json (for scripts).")))
    var format: Format = .text

    /// Who acts: the operating-system user.
    var actor: Agent { .operatingSystemUser(RosterImport.operatingSystemUser()) }

    /// The desk over the store, opened once for the whole command.
    func session() throws -> OperationsSession {
        OperationsSession(
            desk: IncidentDesk(storage: try database.open(), clock: try Clock.desk()), path: database.shownName)
    }

    /// Prints `json` or `text` according to `--format`.
    func print(json: @autoclosure () -> JSONValue, text: @autoclosure () -> String) {
        FileHandleOutput.standardOutput.write(format == .json ? json().text : text())
    }

    /// Prints the JSON of `json` (a shape of `IncidentJSON`) or `text` according to `--format`.
    func print(json: @autoclosure () -> some Encodable, text: @autoclosure () -> String) {
        FileHandleOutput.standardOutput.write(format == .json ? JSONValue.shape(json()).text : text())
    }
}

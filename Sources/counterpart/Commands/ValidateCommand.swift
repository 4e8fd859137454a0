import ArgumentParser
import CounterpartCore
import CounterpartXML

/// `counterpart validate FILE...`: check roster, scenario and demand profile files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check roster, scenario and demand profile files and report every problem as FILE:LINE: message.",
        discussion: """
            The kind of each file is told from its root element's namespace. When rosters and \
            scenarios are given together, each scenario is also checked against each valid full \
            roster: its affected municipalities must exist there, and its pins must name its staff.
            Exit status: 0 when every file is valid, 1 when any has a problem, 2 for a usage error.
            """
    )

    @Argument(help: "The roster, scenario and demand profile files to check.")
    var files: [String]

    func run() throws {
        let outcome = FileValidation.validate(files)
        for line in outcome.summaries { FileHandleOutput.standardOutput.write(line + "\n") }
        let language = CommandLanguage.current
        for warning in outcome.warnings {
            FileHandleOutput.standardError.write(warning.description(in: language) + "\n")
        }
        for line in outcome.diagnostics.reportLines(in: language) { FileHandleOutput.standardError.write(line + "\n") }
        if !outcome.diagnostics.isEmpty {
            let badFiles = Set(outcome.diagnostics.map(\.file)).count
            let count = outcome.diagnostics.count
            FileHandleOutput.standardError.write(
                L(
                    "\(files.count) 個のファイルのうち \(badFiles) 個に、合わせて \(count) 件の問題があります。",
                    "\(count) problem\(count == 1 ? "" : "s") in \(badFiles) of \(files.count) file\(files.count == 1 ? "" : "s")."
                )
                    + "\n"
            )
            throw ExitStatus.badInput.exitCode
        }
    }
}

import ArgumentParser
import CounterpartXML
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The `counterpart` command: disaster staff dispatch between a prefecture's municipalities.
@main
struct Counterpart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counterpart",
        abstract: L(
            "Counterpart: 県内市町間の災害時応援職員派遣（カウンターパート方式）。",
            "Counterpart: disaster staff dispatch between a prefecture's municipalities (カウンターパート方式)."),
        subcommands: [
            ValidateCommand.self, PlanCommand.self, CoverageCommand.self, DrillCommand.self, RosterCommand.self,
            IncidentCommand.self, RequestCommand.self, AssignmentCommand.self, StaffCommand.self, AckCommand.self,
            FollowupCommand.self,
            NoticeCommand.self, SitrepCommand.self, AccountCommand.self,
            DatabaseCommand.self, ServeCommand.self, DemoCommand.self, GenerateCommand.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2, bad input with 1, and so does a
    /// command whose standard output could not be written (``FileHandleOutput``).
    static func main() async {
        XMLLibrary.initialize()
        let arguments = CommandLanguage.decide(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // Help and the like: written here, not by the argument parser, so that the write is checked.
                let text = ParserWords.spoken(fullMessage(for: error))
                if !text.isEmpty { FileHandleOutput.standardOutput.write(text + "\n") }
            } else if code == .validationFailure {
                reportLostOutput()
                FileHandleOutput.standardError.write(
                    ParserWords.spoken(fullMessage(for: error) + "\n" + "Run 'counterpart help' for usage.") + "\n")
                Glibc.exit(ExitStatus.usage.rawValue)
            } else {
                reportLostOutput()
                exit(withError: error)
            }
        }
        if reportLostOutput() { Glibc.exit(ExitStatus.badInput.rawValue) }
    }

    /// Says on standard error that a write to standard output failed, if one did.
    @discardableResult
    private static func reportLostOutput() -> Bool {
        guard let sentence = FileHandleOutput.standardOutput.failureSentence else { return false }
        FileHandleOutput.standardError.write(sentence + "\n")
        return true
    }
}

import ArgumentParser
import CounterpartXML

#if canImport(Glibc)
    import Glibc
#endif

/// The `counterpart` command: disaster staff dispatch between a prefecture's municipalities.
@main
struct Counterpart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counterpart",
        abstract: "Counterpart: disaster staff dispatch between a prefecture's municipalities (カウンターパート方式).",
        subcommands: [
            ValidateCommand.self, PlanCommand.self, CoverageCommand.self, DrillCommand.self, RosterCommand.self,
            IncidentCommand.self, RequestCommand.self, AssignmentCommand.self, StaffCommand.self, AckCommand.self,
            FollowupCommand.self,
            NoticeCommand.self, SitrepCommand.self, AccountCommand.self,
            DatabaseCommand.self, GenerateCommand.self,
        ]
    )

    /// Runs the command; usage errors exit with status 2, bad input with 1.
    static func main() async {
        XMLLibrary.initialize()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandleOutput.standardError.write(
                    fullMessage(for: error) + "\n"
                        + "Run 'counterpart help' for usage.\n")
                Glibc.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}

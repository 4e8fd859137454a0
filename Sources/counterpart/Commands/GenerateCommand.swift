import ArgumentParser

/// `counterpart generate roster|scenario`: synthetic files for drills and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make synthetic roster and scenario files; the same options always give the same bytes.",
        subcommands: [GenerateRosterCommand.self, GenerateScenarioCommand.self]
    )
}

/// The options that decide a synthetic roster, shared by both generators so that a
/// scenario made with the same options fits the roster.
struct SyntheticRosterOptions: ParsableArguments {
    @Option(help: "The seed: the same seed gives the same file.")
    var seed: UInt64

    @Option(help: "How many municipalities.")
    var municipalities = 20

    @Option(help: "How many dispatchable staff in all.")
    var staff = 1500

    @Option(help: "How many counterpart groups.")
    var groups = 3

    func validate() throws {
        guard (1...89_999).contains(municipalities) else {
            throw ValidationError("--municipalities must be from 1 to 89999.")
        }
        guard staff >= 0, staff <= 50_000_000 else { throw ValidationError("--staff must be from 0 to 50000000.") }
        guard groups >= 1 else { throw ValidationError("--groups must be at least 1.") }
    }
}

import ArgumentParser

/// `counterpart generate roster|scenario`: synthetic files for drills and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Make synthetic roster and scenario files, the same for the same seed."
    )
}

import ArgumentParser

/// `counterpart drill`: rehearsals (訓練) on invented scenarios.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Run drills (訓練): plan an invented scenario and show headquarters what to escalate.",
        subcommands: [DrillRunCommand.self]
    )
}

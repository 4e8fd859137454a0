import ArgumentParser

/// `counterpart drill`: rehearsals (訓練) on invented scenarios.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: L(
            "訓練を行います: 想定シナリオを計画し、県本部が国へ要請すべき不足を示します。",
            "Run drills (訓練): plan an invented scenario and show headquarters what to escalate."),
        subcommands: [DrillRunCommand.self]
    )
}

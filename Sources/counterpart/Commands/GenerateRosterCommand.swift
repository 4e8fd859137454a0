import ArgumentParser
import CounterpartSynthesis
import CounterpartXML

/// `counterpart generate roster`.
struct GenerateRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Make a valid synthetic roster."
    )

    @OptionGroup var roster: SyntheticRosterOptions

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let made = RosterSynthesis.make(
            .init(
                seed: roster.seed, municipalities: roster.municipalities, staff: roster.staff, groups: roster.groups))
        let file = try OutputFile(path: output)
        try RosterWriter.write(made, to: XMLOutput { try file.write($0) })
        try file.commit()
    }
}

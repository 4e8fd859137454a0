import ArgumentParser
import CounterpartSynthesis
import CounterpartXML

/// `counterpart generate roster`.
struct GenerateRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: L("正しい合成名簿を作ります。", "Make a valid synthetic roster.")
    )

    @OptionGroup var roster: SyntheticRosterOptions

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write to this file instead of standard output.")))
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

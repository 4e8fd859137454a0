import ArgumentParser

/// `counterpart generate roster|scenario`: synthetic files for drills and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: L(
            "合成の名簿とシナリオのファイルを作ります。同じオプションからは常に同じ内容になります。",
            "Make synthetic roster and scenario files; the same options always give the same bytes."),
        subcommands: [GenerateRosterCommand.self, GenerateScenarioCommand.self]
    )
}

/// The options that decide a synthetic roster, shared by both generators so that a
/// scenario made with the same options fits the roster.
struct SyntheticRosterOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("乱数の種。同じ種からは同じファイルになります。", "The seed: the same seed gives the same file.")))
    var seed: UInt64

    @Option(help: ArgumentHelp(L("市町の数。", "How many municipalities.")))
    var municipalities = 20

    @Option(help: ArgumentHelp(L("派遣可能な職員の総数。", "How many dispatchable staff in all.")))
    var staff = 1500

    @Option(help: ArgumentHelp(L("カウンターパートグループの数。", "How many counterpart groups.")))
    var groups = 3

    func validate() throws {
        guard (1...89_999).contains(municipalities) else {
            throw ValidationError(L("--municipalities は 1〜89999 にしてください。", "--municipalities must be from 1 to 89999."))
        }
        guard staff >= 0, staff <= 50_000_000 else {
            throw ValidationError(L("--staff は 0〜50000000 にしてください。", "--staff must be from 0 to 50000000."))
        }
        guard groups >= 1 else { throw ValidationError(L("--groups は 1 以上にしてください。", "--groups must be at least 1.")) }
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartXML

/// `counterpart validate FILE...`: check roster, scenario and demand profile files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: L(
            "名簿・シナリオ・需要プロファイルのファイルを検査し、すべての問題を「ファイル:行: メッセージ」で報告します。",
            "Check roster, scenario and demand profile files and report every problem as FILE:LINE: message."),
        discussion: L(
            """
            ファイルの種類はルート要素の名前空間で判断します。名簿とシナリオを一緒に指定すると、各シナリオを\
            正しい全体名簿とも照合します: 被災市町が名簿にあり、固定の割当がその職員を指していること。
            終了コード: すべて正しければ 0、問題があれば 1、使い方の誤りは 2。
            """,
            """
            The kind of each file is told from its root element's namespace. When rosters and \
            scenarios are given together, each scenario is also checked against each valid full \
            roster: its affected municipalities must exist there, and its pins must name its staff.
            Exit status: 0 when every file is valid, 1 when any has a problem, 2 for a usage error.
            """)
    )

    @Argument(
        help: ArgumentHelp(L("検査する名簿・シナリオ・需要プロファイルのファイル。", "The roster, scenario and demand profile files to check.")))
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

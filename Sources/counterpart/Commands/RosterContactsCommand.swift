import ArgumentParser
import CounterpartCore
import CounterpartReports

/// `counterpart roster contacts [--group A] [--format text|html]`: the hotline contact sheet (連絡網).
struct RosterContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: L(
            "ホットラインの連絡網を表示します: グループ・市町ごとに、役割別のメンバーと電話番号、応援市町。",
            "Print the hotline contact sheet (連絡網): per group and municipality, members by role with phone numbers, and its supporters."
        ),
        discussion: L(
            "HTML は単独で開ける1つのファイルで、A4 で印刷できます（ネットワークが止まったときのため）。",
            "The HTML is one self-contained file that prints on A4, for when the network is down.")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp(L("このグループだけ。", "Only this group.")))
    var group: String?

    @Option(help: ArgumentHelp(L("text または html。", "text or html.")))
    var format: Format = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write to this file instead of standard output.")))
    var output: String?

    func run() throws {
        let roster = try StoredRoster.current(database)
        let sheet = ContactSheet(roster: roster, group: group.map { GroupID($0) })
        guard !sheet.groups.isEmpty else {
            FileHandleOutput.standardError.write(
                L("登録されている名簿にグループ「\(group ?? "")」はありません。\n", "the stored roster has no group '\(group ?? "")'\n"))
            throw ExitStatus.badInput.exitCode
        }
        let language = CommandLanguage.current
        let text =
            format == .html
            ? ContactSheetHTML.render(sheet, language: language) : ContactSheetText.render(sheet, language: language)
        let file = try OutputFile(path: output)
        try file.write(Array(text.utf8))
        try file.commit()
    }
}

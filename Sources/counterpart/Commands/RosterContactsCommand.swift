import ArgumentParser
import CounterpartCore
import CounterpartReports

/// `counterpart roster contacts [--group A] [--format text|html]`: the hotline contact sheet (連絡網).
struct RosterContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract:
            "Print the hotline contact sheet (連絡網): per group and municipality, members by role with phone numbers, and its supporters.",
        discussion: "The HTML is one self-contained file that prints on A4, for when the network is down."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this group.")
    var group: String?

    @Option(help: "text or html.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let roster = try StoredRoster.current(database)
        let sheet = ContactSheet(roster: roster, group: group.map { GroupID($0) })
        guard !sheet.groups.isEmpty else {
            FileHandleOutput.standardError.write("the stored roster has no group '\(group ?? "")'\n")
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

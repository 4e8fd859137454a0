import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Foundation

/// `counterpart sitrep --incident ID [--format text|markdown|html|json|xlsx]`.
struct SitrepCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: L(
            "災害の状況報告: 要請・提案・確定・派遣中・不足の人数、応援市町、未確認の項目、最新20件の記録。",
            "The situation report of an incident: requested, proposed, confirmed, dispatched and short; supporters; what is unread; the last 20 events."
        ),
        discussion: L(
            "HTML は単独で開ける1ページで、A4 で印刷できます。不足には網掛けをします。xlsx は表ごとにシートを分けた Excel ブックです。",
            "HTML is one self-contained page that prints on A4; shortfalls are shaded. xlsx is an Excel workbook, a sheet per table."
        ))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json, xlsx
    }

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>
    @Option(help: ArgumentHelp(L("text、markdown、html、json、xlsx のいずれか。", "text, markdown, html, json or xlsx.")))
    var format: Format = .text
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(L("標準出力の代わりにこのファイルに書き出します。", "Write the report to this file instead of standard output.")))
    var output: String?

    func run() async throws {
        let id = incident.id
        let session = OperationsSession(
            desk: IncidentDesk(storage: try database.open(), clock: try Clock.desk()), path: database.shownName)
        let lookup = try await session.names()
        let (report, now) = try await session.run { desk throws(OperationsError) in try await desk.situationReport(id) }
        let document = SitrepDocument(report, names: lookup, now: now, language: CommandLanguage.current)
        let text: String
        switch format {
        case .xlsx: return try WorkbookOutput.write(document.workbook, to: output)
        case .text: text = document.text
        case .markdown: text = document.markdown
        case .html: text = document.html
        case .json: text = JSONValue.shape(IncidentJSON.Sitrep(report, names: lookup, now: now)).text
        }
        guard let output else { return FileHandleOutput.standardOutput.write(text) }
        let file = try OutputFile(path: output)
        try file.write(Array(text.utf8))
        try file.commit()
    }
}

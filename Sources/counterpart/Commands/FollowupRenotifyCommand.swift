import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart followup renotify --incident I1 --municipality 宇和島市`: re-notify one
/// municipality's unread members (再通知) through LINE WORKS and e-mail.
struct FollowupRenotifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renotify",
        abstract: L(
            "市町のまだ確認していないメンバーに、LINE WORKS とメールで再通知します。",
            "Re-notify a municipality's members who have not read items, through LINE WORKS and e-mail."),
        discussion: L(
            """
            再通知は記録に書かれ、通知を設定して動いている 'counterpart serve' が送ります（LINE WORKS の ID があるメンバーには\
            個別に、ほかはグループのトークルームで名前を挙げて）。同じ項目の同じ市町への再通知は10分に1回までです。
            """,
            """
            The re-notification is written to the record and sent by a running 'counterpart serve' with \
            notifications configured (a direct message to members with a LINE WORKS id, else the group's room \
            naming them). One item is re-notified to one municipality at most once every 10 minutes.
            """))

    @OptionGroup var options: OperationsOptions
    @Option(help: ArgumentHelp(L("災害（I1 または 1）。", "The incident (I1 or 1)."))) var incident: RecordArgument<Incident>
    @Option(help: ArgumentHelp(L("市町（コードまたは市町名）。", "The municipality (code or name)."))) var municipality: String

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let code = try lookup.code(municipality)
        let id = incident.id
        let done = try await session.run { desk throws(OperationsError) in
            try await desk.renotify(incident: id, municipality: code, by: options.actor)
        }
        var lines: [String] = []
        for item in done.items {
            let names = item.members.map { lookup.member($0)?.name ?? $0.rawValue }.joined(separator: L("、", ", "))
            lines.append(L("\(item.item) を再通知しました: \(names)", "\(item.item) re-notified: \(names)"))
        }
        for skipped in done.skipped {
            lines.append(
                L(
                    "\(skipped.item) は10分以内に再通知済みです（\(skipped.until.japanTime) 以降に再通知できます）",
                    "\(skipped.item) was re-notified less than 10 minutes ago (again from \(skipped.until.japanTime))"))
        }
        if done.items.isEmpty && done.skipped.isEmpty {
            lines.append(L("未確認の項目はありません。", "Nothing is unread there."))
        }
        options.print(json: JSONValue.renotification(done), text: lines.joined(separator: "\n") + "\n")
    }
}

import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart notice post|list|show`: notices on the hotline, acknowledged like requests and plans.
struct NoticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: L(
            "ホットラインの全メンバーまたは1グループに掲示を出し、一覧・閲覧します。",
            "Post notices to every hotline member or to one group; list and read them."),
        subcommands: [NoticePostCommand.self, NoticeListCommand.self, NoticeShowCommand.self])
}

/// `counterpart notice post --title T --body B [--group A] [--incident ID]`.
struct NoticePostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: L(
            "全メンバー、または1グループと県本部に掲示を出します。各メンバーは確認（既読）を記録します。",
            "Post a notice to all members, or to one group and headquarters; each must acknowledge it."))

    @OptionGroup var options: OperationsOptions
    @Option(help: ArgumentHelp(L("件名。", "The title."))) var title: String
    @Option(help: ArgumentHelp(L("本文。", "The text."))) var body: String
    @Option(help: ArgumentHelp(L("このグループ（例: A）と県本部だけ。", "Only this group (e.g. A) and headquarters."))) var group:
        String?
    @Option(help: ArgumentHelp(L("関係する災害（I1 または 1）。", "The incident it belongs to (I1 or 1)."))) var incident:
        RecordArgument<Incident>?

    func run() async throws {
        let session = try options.session()
        let id = incident?.id
        let notice = try await session.run { desk throws(OperationsError) in
            try await desk.postNotice(
                title: title, body: body, group: group.map { GroupID($0) }, incident: id, by: options.actor)
        }
        let lookup = try await session.names()
        options.print(
            json: IncidentJSON.Notice(notice),
            text: L(
                "\(notice.id) を \(notice.group.map { "\($0)グループと県本部" } ?? "全メンバー") に掲示しました: \(notice.title)\n"
                    + "\(notice.audience)人が確認を記録します: counterpart ack \(notice.id) --member メンバーID\n",
                "Posted \(notice.id) to \(notice.group.map { "group \($0) and headquarters" } ?? "all members"): \(notice.title)\n"
                    + "\(notice.audience) members must acknowledge it: counterpart ack \(notice.id) --member MEMBER-ID\n"
            ))
    }
}

/// `counterpart notice list [--incident ID]`.
struct NoticeListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L(
            "掲示を古い順に、確認済みの人数とともに一覧にします。", "List notices, oldest first, with how many members have acknowledged each."))

    @OptionGroup var options: OperationsOptions
    @Option(help: ArgumentHelp(L("この災害の掲示だけ（I1 または 1）。", "Only this incident's notices (I1 or 1)."))) var incident:
        RecordArgument<Incident>?

    func run() async throws {
        let session = try options.session()
        let id = incident?.id
        let records = try await session.run { desk throws(OperationsError) in try await desk.notices(incident: id) }
        let lookup = try await session.names()
        options.print(
            json: records.map { IncidentJSON.NoticeRecord($0, names: lookup) },
            text: IncidentText(names: lookup, language: CommandLanguage.current).notices(records))
    }
}

/// `counterpart notice show N2`.
struct NoticeShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L("掲示を表示します: 本文、確認済みの人、まだの人。", "Show a notice: its text, who has acknowledged it and who not yet."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("掲示（N2 または 2）。", "The notice (N2 or 2)."))) var notice: RecordArgument<Notice>

    func run() async throws {
        let session = try options.session()
        let id = notice.id
        let record = try await session.run { desk throws(OperationsError) in try await desk.notice(id) }
        let lookup = try await session.names()
        options.print(
            json: IncidentJSON.NoticeRecord(record, names: lookup),
            text: IncidentText(names: lookup, language: CommandLanguage.current).notice(record))
    }
}

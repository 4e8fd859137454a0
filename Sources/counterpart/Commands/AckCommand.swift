import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Foundation

/// `counterpart ack ITEM... --member ID-OR-NAME`: a hotline member has read requests, plan
/// versions or notices.
struct AckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: L(
            "ホットラインのメンバーが応援要請（R12）、計画版（P3）、掲示（N2）を確認したこと（既読）を記録します。",
            "Record that a hotline member has read requests (R12), plan versions (P3) or notices (N2)."),
        discussion: L(
            """
            複数の項目をまとめて記録します（すべて記録するか、何も記録しないか）: ack R1 P2 N3 --member …。\
            メンバーは名簿のIDか氏名（宇和島 花子）で指定します。同じ氏名のメンバーが複数いるときは、IDの一覧を示して断ります。
            """,
            """
            Several items are recorded at once, all or none (ack R1 P2 N3 --member …). The member is given by \
            id or by name as in the roster (宇和島 花子); a name several members share is refused with their ids.
            """))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("確認した項目: R12、P3、N2 など。", "The items: R12, P3 or N2."))) var items: [String]
    @Option(
        help: ArgumentHelp(
            L(
                "名簿にあるメンバーIDまたは氏名（'counterpart roster contacts' で確認できます）。",
                "The member's id or name, as in the roster (see 'counterpart roster contacts')."))) var member: String

    func validate() throws {
        guard !items.isEmpty else {
            throw ValidationError(L("確認する項目を指定してください: R12、P3、N2 など。", "name the items to acknowledge: R12, P3 or N2"))
        }
        for item in items {
            guard let id = RecordID(item), [.request, .plan, .notice].contains(id.kind) else {
                throw ValidationError(
                    L(
                        "「\(item)」は確認（既読）を記録できる項目ではありません。項目は R12（応援要請）、P3（計画版）、N2（掲示）の形です。"
                            + "氏名に空白があるときは --member \"宇和島 花子\" のように引用符で囲んでください。",
                        "'\(item)' is not an item to acknowledge; items look like R12 (request), P3 (plan version) or N2 (notice)"
                            + "; quote a name with a space: --member \"宇和島 花子\""))
            }
        }
    }

    func run() async throws {
        let session = try options.session()
        let ids = items.compactMap { RecordID($0) }
        let done = try await session.run { desk throws(OperationsError) in
            try await desk.acknowledge(ids, member: member, by: options.actor)
        }
        let lookup = try await session.names()
        let shapes = done.outcomes.map { IncidentJSON.Acknowledgement($0, member: done.member) }
        let label =
            done.member.rawValue == member.trimmingCharacters(in: .whitespaces)
            ? done.member.rawValue : lookup.member(done.member).map { "\($0.name) (\(done.member))" } ?? member
        let text = IncidentText(names: lookup, language: CommandLanguage.current).acknowledgements(done, by: label)
        if shapes.count == 1 {
            options.print(json: shapes[0], text: text)
        } else {
            options.print(json: shapes, text: text)
        }
    }
}

/// `counterpart followup [--incident ID] [--real-only]`: what is unread, and whom to phone.
struct FollowupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: L(
            "未確認の項目と電話する相手を一覧にし（既定）、未読の人に再通知します。",
            "List what is unacknowledged and whom to phone (the default), and re-notify the unread."),
        subcommands: [FollowupListCommand.self, FollowupRenotifyCommand.self],
        defaultSubcommand: FollowupListCommand.self)
}

/// `counterpart followup [list] [--incident I] [--real-only]`: the follow-up call list.
struct FollowupListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L(
            "未確認の項目を、待ち時間の長い順に市町ごとに、電話する相手とともに一覧にします。",
            "List what is unacknowledged, longest-waiting first, by municipality, with the person to phone there."),
        discussion: L(
            """
            電話する相手は市町の実務担当、いなければホットラインの次の役割の人です。県本部あての項目は、\
            まだ確認していない当番（防災局が先）です。--incident がなければ、開設中のすべての災害と掲示が対象です。\
            訓練も一覧に含め、その項目に「訓練」と付けます（--real-only で除きます）。
            """,
            """
            The person to phone is the municipality's liaison (実務担当), else the next role on the hotline; \
            for headquarters' own items, the member on duty who has not read them (the disaster office first). \
            Without --incident: every open incident and notice. Drills are listed, their items marked 訓練, \
            unless --real-only.
            """))

    @OptionGroup var options: OperationsOptions
    @Option(help: ArgumentHelp(L("この災害だけ（I1 または 1）。", "Only this incident (I1 or 1)."))) var incident:
        RecordArgument<Incident>?
    @Flag(help: ArgumentHelp(L("訓練を除きます。", "Leave drills (訓練) out."))) var realOnly = false

    func run() async throws {
        let session = try options.session()
        let id = incident?.id
        let groups = try await session.run { desk throws(OperationsError) in
            try await desk.followup(incident: id, includesDrills: !realOnly, caller: options.actor)
        }
        let lookup = try await session.names()
        options.print(
            json: groups.map { IncidentJSON.FollowupGroup($0, names: lookup) },
            text: IncidentText(names: lookup, language: CommandLanguage.current).followup(
                groups, language: CommandLanguage.current))
    }
}

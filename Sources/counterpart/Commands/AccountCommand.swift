import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports

/// `counterpart account …`: hotline members' access to the board.
struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: L(
            "ホットラインのメンバーを掲示板に招待し、スクリプト用のトークンを発行し、利用を取り消します。",
            "Invite hotline members to the board, give scripts a token, revoke access."),
        subcommands: [AccountInviteCommand.self, AccountTokenCommand.self, AccountRevokeCommand.self])
}

/// `counterpart account invite MEMBER [--valid-hours 72]`.
struct AccountInviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: L(
            "メンバーがパスワードを設定するための使い捨ての招待コードを表示します（以前の未使用のコードは使えなくなります）。",
            "Print a one-time code with which the member sets their password (an earlier unused code stops working)."))

    @OptionGroup var options: OperationsOptions
    @Argument(
        help: ArgumentHelp(L("名簿にあるメンバーID（例: m-382035-1）。", "The member id, as in the roster (e.g. m-382035-1).")))
    var member: String
    @Option(help: ArgumentHelp(L("コードの有効時間（1〜720時間）。", "How many hours the code stays valid (1 to 720).")))
    var validHours = 72

    func validate() throws {
        guard (1...AccountDesk.longestValidHours).contains(validHours) else {
            throw ValidationError(
                L(
                    "--valid-hours は 1〜\(AccountDesk.longestValidHours) にしてください。",
                    "--valid-hours must be between 1 and \(AccountDesk.longestValidHours)"))
        }
    }

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let invitation = try await session.run(accounts: { desk throws(OperationsError) in
            try await desk.invite(MemberID(member), validHours: validHours, by: options.actor)
        })
        options.print(
            json: JSONValue.object([
                ("member", .string(invitation.member.rawValue)), ("code", .string(invitation.code)),
                ("expires", .string(invitation.expires.description)),
            ]),
            text: L(
                "\(lookup.describe(invitation.member)) の招待コード: \(invitation.code)\n"
                    + "有効期限 \(invitation.expires.japanTime)（日本時間）。表示はこの一度だけです。\n",
                "One-time code for \(lookup.describe(invitation.member)): \(invitation.code)\n"
                    + "Valid until \(invitation.expires.japanTime) (Japan time); it is shown only this once.\n"))
    }
}

/// `counterpart account token MEMBER --label TEXT`.
struct AccountTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: L(
            "スクリプトがそのメンバーとして操作するためのトークン（Bearer）を表示します。", "Print a bearer token with which a script acts as the member.")
    )

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("名簿にあるメンバーID（例: hq-1）。", "The member id, as in the roster (e.g. hq-1).")))
    var member: String
    @Option(help: ArgumentHelp(L("トークンの用途（スクリプト名、機器名など）。", "What the token is for (a script, a machine)."))) var label:
        String

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let issued = try await session.run(accounts: { desk throws(OperationsError) in
            try await desk.issueToken(MemberID(member), label: label, by: options.actor)
        })
        options.print(
            json: JSONValue.object([
                ("member", .string(issued.member.rawValue)), ("token", .string(issued.token)),
                ("label", .string(issued.label)),
            ]),
            text: L(
                "\(lookup.describe(issued.member)) のトークン（Bearer）「\(issued.label)」:\n\(issued.token)\n"
                    + "表示はこの一度だけです。無効にするには: counterpart account revoke \(issued.member)\n",
                "Bearer token for \(lookup.describe(issued.member)), \"\(issued.label)\":\n\(issued.token)\n"
                    + "It is shown only this once. Revoke it with: counterpart account revoke \(issued.member)\n"))
    }
}

/// `counterpart account revoke MEMBER`.
struct AccountRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: L(
            "そのメンバーのすべてのログインとトークンを終了し、未使用の招待コードを取り消します。",
            "End all the member's sessions and tokens, and withdraw unused codes."))

    @OptionGroup var options: OperationsOptions
    @Argument(help: ArgumentHelp(L("メンバーID。", "The member id."))) var member: String

    func run() async throws {
        let session = try options.session()
        let lookup = try await session.names()
        let ended = try await session.run(accounts: { desk throws(OperationsError) in
            try await desk.revoke(MemberID(member), by: options.actor)
        })
        options.print(
            json: JSONValue.object([
                ("member", .string(ended.member.rawValue)), ("tokens", .int(ended.tokens)),
                ("sessions", .int(ended.sessions)), ("invitations", .int(ended.invitations)),
            ]),
            text: L(
                "\(lookup.describe(ended.member)) のアクセスを止めました: トークン \(ended.tokens)件、ログイン "
                    + "\(ended.sessions)件を終了し、未使用の招待コード \(ended.invitations)件を取り消しました。\n",
                "Access of \(lookup.describe(ended.member)) revoked: \(ended.tokens) tokens and "
                    + "\(ended.sessions) sessions ended, \(ended.invitations) unused codes withdrawn.\n"))
    }
}

extension RosterNames {
    /// `宇和島 太郎 (m-382035-1)`, or the id alone for a member no longer in the roster.
    fileprivate func describe(_ id: MemberID) -> String {
        member(id).map { "\($0.name) (\(id))" } ?? id.rawValue
    }
}

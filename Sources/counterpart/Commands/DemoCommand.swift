import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports
import CounterpartServer
import CounterpartStore
import Foundation
import Logging

/// `counterpart demo`: the board in one command, on the shipped Ehime data.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: L(
            "体験用のボードを1つのコマンドで起動します（愛媛県の名簿と南海トラフ訓練）。",
            "Start a board to try, in one command (the Ehime roster and the Nankai drill)."),
        discussion: L(
            """
            一時フォルダに新しい SQLite ファイルを作り、Data/ehime/roster.xml を取り込み、南海トラフ地震想定訓練を開設して計画し、\
            県本部の1人と各市町の1人（実務担当）のアカウントを作って、パスワードを表示してからボードを起動します。\
            パスワードは体験用で、この一時データベースにだけ有効です。Ctrl-C で止めます。
            """,
            """
            Makes a fresh SQLite file in a temporary folder, imports Data/ehime/roster.xml, opens and plans the \
            Nankai drill, makes accounts for one headquarters member and one member (the liaison) of each \
            municipality, prints their passwords, and serves the board. The passwords are for trying it, valid \
            in that temporary database only. Stop it with Ctrl-C.
            """))

    @Option(help: ArgumentHelp(L("待ち受けるアドレス。", "The address to listen on."))) var host: String = "127.0.0.1"
    @Option(help: ArgumentHelp(L("待ち受けるポート（0: 空いているポート）。", "The port to listen on (0: any free port).")))
    var port: Int = 8080
    @Option(help: ArgumentHelp(L("名簿と訓練シナリオのフォルダ。", "The folder of the roster and the drill scenario.")))
    var data: String = "Data/ehime"

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError(L("--port は 0〜65535 にしてください。", "--port must be between 0 and 65535"))
        }
    }

    func run() async throws {
        ServeCommand.unblockStopSignals()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-demo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("demo.sqlite").path
        let store: RosterStore
        do { store = try RosterStore(path: path, readsBesideWrites: true, mayCreate: true) } catch {
            throw error.reported()
        }
        _ = try RosterImport.run(files: ["\(data)/roster.xml"], store: store, dryRun: false)
        let clock = try Clock.desk()
        let session = OperationsSession(desk: IncidentDesk(storage: store, clock: clock), path: path)
        let roster = try await session.names().roster
        guard let scenario = try InputLoading.scenario("\(data)/drill-nankai-quake.xml", against: roster).scenario
        else { throw ExitStatus.badInput.exitCode }
        let actor = Agent.operatingSystemUser(RosterImport.operatingSystemUser())
        let opening = try IncidentDesk.Opening.drill(from: scenario)
        let (incident, _) = try await session.run { desk throws(OperationsError) in
            try await desk.open(opening, by: actor)
        }
        _ = try await session.run { desk throws(OperationsError) in try await desk.plan(incident.id, by: actor) }
        let accounts = try await Self.accounts(for: Self.demoMembers(roster), session: session, actor: actor)
        let names = RosterNames(roster: roster)
        var lines = L(
            "体験用のデータベース: \(path)\n訓練 \(incident.id) \(incident.name) を開設し、計画しました。\n次のメンバーでログインできます:\n",
            "Demo database: \(path)\nOpened and planned the drill \(incident.id) \(incident.name).\nSign in as:\n")
        for (member, password) in accounts {
            lines +=
                "  \(member.id.rawValue)  \(password)  \(member.name)（\(names.name(member.municipality, language: .japanese))）\n"
        }
        FileHandleOutput.standardOutput.write(lines)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        do {
            try await HotlineServer.run(
                store: store, clock: clock, listening: .init(host: host, port: port, tls: nil),
                logger: Logger(label: "counterpart")
            ) { address in
                FileHandleOutput.standardOutput.write(
                    "listening on \(address)\n"
                        + L("ブラウザで \(address)/login を開いてください。\n", "Open \(address)/login in a browser.\n"))
            }
        } catch {
            throw BadInput.stop(
                "\(host):\(port) で待ち受けできません（ポートが使用中か、アドレスが違います） / cannot listen on \(host):\(port)")
        }
    }

    /// The first headquarters member, and the liaison (else the first member) of each
    /// municipality, in the roster's order.
    static func demoMembers(_ roster: Roster) -> [HotlineMember] {
        var chosen: [HotlineMember] = []
        if let headquarters = roster.members.first(where: { $0.municipality == roster.prefecture }) {
            chosen.append(headquarters)
        }
        for municipality in roster.municipalities {
            let members = roster.members.filter { $0.municipality == municipality.code }
            if let member = members.first(where: { $0.role == .liaison }) ?? members.first { chosen.append(member) }
        }
        return chosen
    }

    /// Accounts for `members`, each with a new password (invited, then enrolled with it).
    static func accounts(for members: [HotlineMember], session: OperationsSession, actor: Agent) async throws
        -> [(HotlineMember, String)]
    {
        let hashing = PasswordHashing()
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var made: [(HotlineMember, String)] = []
        try await withThrowingTaskGroup(of: (Int, String, String).self) { group in
            for (index, member) in members.enumerated() {
                let password = String((0..<14).map { _ in alphabet.randomElement()! })
                group.addTask { (index, password, try await hashing.hash(password)) }
            }
            var hashed: [(Int, String, String)] = []
            for try await result in group { hashed.append(result) }
            for (index, password, hash) in hashed.sorted(by: { $0.0 < $1.0 }) {
                let member = members[index]
                let invitation = try await session.run(accounts: { desk throws(OperationsError) in
                    try await desk.invite(member.id, validHours: 1, by: actor)
                })
                try await session.run(accounts: { desk throws(OperationsError) in
                    try await desk.enrol(member.id, code: invitation.code, passwordHash: hash)
                })
                made.append((member, password))
            }
        }
        return made
    }
}

import ArgumentParser
import CounterpartNotify
import CounterpartServer
import Foundation
import Logging

/// `counterpart serve`: the hotline server of API.md over the store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: L(
            "ホットラインのサーバーを起動します: データベース上の HTTP API とリアルタイム通知。",
            "Start the hotline server: the HTTP API and live events over the store."),
        discussion: L(
            """
            リクエストを受け付け始めると待ち受けアドレスを1行表示し、SIGINT・SIGTERM で正しく停止します\
            （処理中のリクエストは最後まで処理します）。メンバーは 'counterpart account' のアカウントでログインします。\
            アクセスログは標準エラーに出し、パスワード・トークン・Cookie は含めません。Docs/server.md を参照。
            """,
            """
            Prints one line with the address once it accepts requests, and stops cleanly on SIGINT or \
            SIGTERM (requests in flight finish). Members sign in with the accounts of 'counterpart account'. \
            The access log goes to standard error, without passwords, tokens or cookies. See Docs/server.md.
            """)
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp(L("待ち受けるアドレス。", "The address to listen on."))) var host: String = "127.0.0.1"
    @Option(
        help: ArgumentHelp(L("待ち受けるポート（0: 空いているポートを使い、表示します）。", "The port to listen on (0: any free port, printed).")))
    var port: Int = 8080
    @Option(
        help: ArgumentHelp(L("サーバー自身が TLS で通信するための証明書チェーン（PEM）。", "A certificate chain (PEM) to speak TLS itself.")))
    var tlsCertificate: String?
    @Option(help: ArgumentHelp(L("--tls-certificate の秘密鍵（PEM）。", "The private key (PEM) of --tls-certificate.")))
    var tlsKey: String?
    @Option(
        help: ArgumentHelp(
            L(
                "LINE WORKS とメールへの通知の設定ファイル（JSON。Docs/notifications.md）。",
                "The configuration of notifications to LINE WORKS and e-mail (JSON; Docs/notifications.md).")))
    var notifyConfig: String?

    /// SIGINT and SIGTERM reach the server even when its parent started it with them blocked
    /// (blocked signals are inherited; a test runner blocks them): they stop it cleanly.
    static func unblockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError(L("--port は 0〜65535 にしてください。", "--port must be between 0 and 65535"))
        }
        guard (tlsCertificate == nil) == (tlsKey == nil) else {
            throw ValidationError(
                L("--tls-certificate と --tls-key は一緒に指定してください。", "--tls-certificate and --tls-key go together"))
        }
    }

    func run() async throws {
        Self.unblockStopSignals()
        let store = try database.open(readsBesideWrites: true)
        let clock = try Clock.desk()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "counterpart")
        let tls = tlsCertificate.flatMap { certificate in tlsKey.map { (certificate: certificate, key: $0) } }
        let notifications = try notifyConfig.map { path in
            do {
                let configuration = try NotificationConfiguration.load(path: path)
                return try NotificationSender.make(
                    configuration: configuration, secrets: try NotificationSecrets.load(for: configuration),
                    storage: store, clock: clock, logger: logger)
            } catch let error as NotificationConfiguration.ConfigurationError {
                throw BadInput.stop(L(error.japanese, error.english))
            }
        }
        do {
            try await HotlineServer.run(
                store: store, clock: clock, listening: .init(host: host, port: port, tls: tls),
                notifications: notifications, logger: logger
            ) { address in
                FileHandleOutput.standardOutput.write("listening on \(address)\n")
            }
        } catch let error as HotlineServer.StartError {
            throw BadInput.stop(error.description)
        } catch {
            throw BadInput.stop(
                "\(host):\(port) で待ち受けできません（ポートが使用中か、アドレスが違います） / cannot listen on \(host):\(port)")
        }
    }
}

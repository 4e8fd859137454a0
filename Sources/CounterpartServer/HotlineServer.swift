import CounterpartNotify
import CounterpartOperations
import CounterpartStore
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL
import ServiceLifecycle

/// `counterpart serve`: the hotline API on Hummingbird, over one store.
public enum HotlineServer {
    /// Where and how to listen.
    public struct Listening: Sendable {
        public var host: String
        public var port: Int
        /// PEM files of the certificate chain and its private key, to speak TLS itself.
        public var tls: (certificate: String, key: String)?

        public init(host: String, port: Int, tls: (certificate: String, key: String)? = nil) {
            self.host = host
            self.port = port
            self.tls = tls
        }
    }

    /// Why the server could not start, in a sentence.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The router of every path of API.md.
    public static func router(_ api: HotlineAPI, logger: Logger) -> Router<HotlineRequestContext> {
        let router = Router(context: HotlineRequestContext.self)
        router.add(middleware: HotlineMiddleware(logger: logger, isSecure: api.isSecure))
        for route in HotlineRoutes.all {
            router.on(RouterPath(route.routerPath), method: route.method) { request, context in
                try await route.handle(api, request, context)
            }
        }
        let pages = BoardPages(api: api)
        for route in BoardRoutes.all {
            router.on(RouterPath(route.path), method: .get) { request, context in
                try await route.handle(pages, request, context)
            }
        }
        return router
    }

    /// Runs the server until SIGINT or SIGTERM; `ready` is told the address once requests
    /// are accepted. Requests in flight finish; live streams end first. With `notifications`,
    /// the outbox is filled and sent beside it (LINE WORKS, e-mail), never in a request.
    public static func run(
        store: RosterStore, clock: DeskClock, listening: Listening, passwords: PasswordHashing = PasswordHashing(),
        notifications: NotificationSender? = nil, logger: Logger, ready: @escaping @Sendable (String) -> Void
    ) async throws {
        let desk = IncidentDesk(storage: store, clock: clock)
        let hub = EventHub(desk: desk, logger: logger)
        let api = HotlineAPI(
            store: store, clock: clock, passwords: passwords, events: hub, isSecure: listening.tls != nil)
        let server: HTTPServerBuilder
        if let tls = listening.tls {
            server = try .tls(
                .http1(), tlsConfiguration: try tlsConfiguration(certificate: tls.certificate, key: tls.key))
        } else {
            server = .http1()
        }
        let scheme = listening.tls == nil ? "http" : "https"
        let app = Application(
            router: router(api, logger: logger), server: server,
            configuration: .init(address: .hostname(listening.host, port: listening.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? listening.port
                let host = listening.host.contains(":") ? "[\(listening.host)]" : listening.host
                ready("\(scheme)://\(host):\(port)")
            },
            logger: logger)
        // Shut down in reverse order: the hub first, so that live streams end and the
        // server's own graceful shutdown does not wait for them.
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app), .init(service: hub)]
        if let notifications {
            services += [
                .init(service: notifications), .init(service: NotificationPoker(hub: hub, sender: notifications)),
            ]
        }
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// The TLS configuration of a certificate chain and key in PEM files.
    static func tlsConfiguration(certificate: String, key: String) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        let privateKey: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificate)
        } catch {
            throw StartError(description: "\(certificate): 証明書（PEM）を読めません / cannot read the certificate (PEM)")
        }
        do {
            privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
        } catch {
            throw StartError(description: "\(key): 秘密鍵（PEM）を読めません / cannot read the private key (PEM)")
        }
        guard !chain.isEmpty else {
            throw StartError(description: "\(certificate): 証明書がありません / no certificate in the file")
        }
        return TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
    }
}

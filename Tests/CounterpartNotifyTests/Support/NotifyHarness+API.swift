import CounterpartCore
import CounterpartOperations
import CounterpartServer
import CounterpartStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging

extension NotifyHarness {
    /// Runs `body` with a client of the board's router over this store, and bearer tokens
    /// of `members`.
    func board<Value: Sendable>(
        members: [String],
        _ body: @escaping @Sendable (any TestClientProtocol, [String: String]) async throws -> Value
    ) async throws -> Value {
        let accounts = AccountDesk(storage: store, clock: clock, digest: SecretDigest { SHA256.hexDigest(of: $0) })
        var tokens: [String: String] = [:]
        for member in members {
            tokens[member] = try await accounts.issueToken(
                MemberID(member), label: "test", by: .operatingSystemUser("test")
            ).token
        }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let hub = EventHub(desk: desk, logger: logger)
        let api = HotlineAPI(
            store: store, clock: clock, passwords: PasswordHashing(cost: 4), events: hub, isSecure: false)
        let app = Application(router: HotlineServer.router(api, logger: logger), logger: logger)
        let known = tokens
        return try await app.test(.router) { client in try await body(client, known) }
    }
}

/// One answer of the board, read.
struct BoardAnswer: Sendable {
    let status: HTTPResponse.Status
    let text: String
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
    var error: [String: Any] { object["error"] as? [String: Any] ?? [:] }
}

extension TestClientProtocol {
    /// `method path` with a JSON body, with a bearer token.
    func call(_ method: HTTPRequest.Method, _ path: String, token: String?, json: String? = nil) async throws
        -> BoardAnswer
    {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
        {
            BoardAnswer(status: $0.status, text: String(buffer: $0.body))
        }
    }
}

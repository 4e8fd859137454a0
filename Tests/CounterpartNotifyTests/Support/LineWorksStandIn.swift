import CounterpartNotify
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization

/// A local stand-in for LINE WORKS (API 2.0): the token endpoint, which checks the JWT's
/// RS256 signature against the test key and its claims, and the bot's message endpoints,
/// which answer what the test scripts (201 by default, 429 with `Retry-After`, 500).
final class LineWorksStandIn: Sendable {
    /// A message accepted.
    struct Post: Hashable, Sendable {
        /// `channels/CH` or `users/U`.
        var target: String
        var text: String
    }

    struct State {
        var posts: [Post] = []
        var tokensIssued = 0
        var tokenRefusals: [String] = []
        /// Answers to give to the next message posts, first first; 201 when empty.
        var script: [Int] = []
        var answered: [Int] = []
        var retryAfter = 1
        var failAllWith: Int?
        /// When each message was accepted, in order.
        var acceptedAt: [ContinuousClock.Instant] = []
    }

    static let clientID = "client-1"
    static let clientSecret = "secret-ABC"
    static let serviceAccount = "abcd.serviceaccount@example"
    static let botID = "bot-9"

    let state = Mutex(State())

    /// The stand-in's router.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/oauth2/v2.0/token") { request, context -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let form = Self.form(String(buffer: body))
            if let refusal = Self.refusal(form) {
                self.state.withLock { $0.tokenRefusals.append(refusal) }
                return Response(status: .badRequest)
            }
            let number = self.state.withLock { state in
                state.tokensIssued += 1
                return state.tokensIssued
            }
            let json =
                #"{"access_token":"token-\#(number)","refresh_token":"r","scope":"bot","token_type":"Bearer","expires_in":"86400"}"#
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        router.post("/v1.0/bots/:bot/channels/:channel/messages") { request, context in
            try await self.message(request, context, target: "channels/" + (context.parameters.get("channel") ?? ""))
        }
        router.post("/v1.0/bots/:bot/users/:user/messages") { request, context in
            try await self.message(request, context, target: "users/" + (context.parameters.get("user") ?? ""))
        }
        return router
    }

    private func message(_ request: Request, _ context: BasicRequestContext, target: String) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 20)
        guard context.parameters.get("bot") == Self.botID,
            let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer token-")
        else { return Response(status: .unauthorized) }
        guard let json = try? JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any],
            let content = json["content"] as? [String: Any], content["type"] as? String == "text",
            let text = content["text"] as? String, text.count <= 2000
        else { return Response(status: .badRequest) }
        let (status, retryAfter) = state.withLock { state -> (Int, Int) in
            let status = state.failAllWith ?? (state.script.isEmpty ? 201 : state.script.removeFirst())
            state.answered.append(status)
            if status == 201 {
                state.posts.append(Post(target: target, text: text))
                state.acceptedAt.append(.now)
            }
            return (status, state.retryAfter)
        }
        var headers: HTTPFields = [:]
        if status == 429 { headers[HTTPField.Name("Retry-After")!] = "\(retryAfter)" }
        return Response(status: .init(code: status), headers: headers)
    }

    /// Why a token request is refused: its form or its JWT; `nil` when it is right.
    static func refusal(_ form: [String: String]) -> String? {
        guard form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer" else { return "grant_type" }
        guard form["client_id"] == clientID, form["client_secret"] == clientSecret else { return "client" }
        guard form["scope"] == "bot" else { return "scope" }
        let parts = (form["assertion"] ?? "").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = ServiceAccountJWT.bytes(base64URL: parts[0]),
            let claims = ServiceAccountJWT.bytes(base64URL: parts[1]),
            let signature = ServiceAccountJWT.bytes(base64URL: parts[2])
        else { return "jwt shape" }
        let signed = Array("\(parts[0]).\(parts[1])".utf8)
        guard RS256Signer.verify(Array(signature), of: signed, pem: TestKey.privatePEM) else { return "signature" }
        guard let head = try? JSONSerialization.jsonObject(with: header) as? [String: Any],
            head["alg"] as? String == "RS256",
            let claimSet = try? JSONSerialization.jsonObject(with: claims) as? [String: Any]
        else { return "jwt json" }
        guard claimSet["iss"] as? String == clientID, claimSet["sub"] as? String == serviceAccount,
            let issued = claimSet["iat"] as? Int, let expires = claimSet["exp"] as? Int, expires > issued,
            expires - issued <= 3600, abs(issued - Int(Date().timeIntervalSince1970)) < 300
        else { return "claims" }
        return nil
    }

    static func form(_ text: String) -> [String: String] {
        var form: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if parts.count == 2 { form[parts[0]] = parts[1] }
        }
        return form
    }

    /// Runs `body` with the stand-in listening on a free port of 127.0.0.1; its base URL.
    func run<Value: Sendable>(_ body: @escaping @Sendable (String) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "lineworks-stand-in")
        logger.logLevel = .critical
        let app = Application(
            router: router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
        return try await app.test(.live) { client in
            try await body("http://127.0.0.1:\(client.port ?? 0)")
        }
    }

    var posts: [Post] { state.withLock { $0.posts } }
}

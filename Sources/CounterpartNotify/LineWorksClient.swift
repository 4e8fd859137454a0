import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// The LINE WORKS bot (API 2.0): an access token of the service account (a JWT signed with
/// its private key, exchanged at `{authBase}/oauth2/v2.0/token`, kept until shortly before it
/// expires), then messages posted to a room (`/v1.0/bots/{botId}/channels/{channelId}/messages`)
/// or a user (`/v1.0/bots/{botId}/users/{userId}/messages`).
public actor LineWorksClient: NotificationTransport {
    private let settings: NotificationConfiguration.LineWorks
    private let clientSecret: String
    private let signer: RS256Signer
    private let http: HTTPClient
    private let now: @Sendable () -> Int64
    private var token: (value: String, expires: Int64)?
    /// How long one HTTP request may take.
    static let timeout: TimeAmount = .seconds(30)

    /// A client of the bot `settings` names, signing with the key of `secrets`.
    /// - Throws: ``RS256Signer/KeyError`` when the private key cannot be used.
    public init(
        settings: NotificationConfiguration.LineWorks, secrets: NotificationSecrets, http: HTTPClient = .shared,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    ) throws(RS256Signer.KeyError) {
        self.settings = settings
        self.clientSecret = secrets.clientSecret ?? ""
        self.signer = try RS256Signer(pem: secrets.privateKeyPEM ?? [])
        self.http = http
        self.now = now
    }

    public func deliver(_ message: NotificationMessage) async -> DeliveryOutcome {
        let path: String
        switch message.channel {
        case .lineWorksRoom: path = "channels/\(Self.escaped(message.destination))"
        case .lineWorksUser: path = "users/\(Self.escaped(message.destination))"
        case .email: return .rejected("not a LINE WORKS message")
        }
        let token: String
        switch await accessToken() {
        case .success(let value): token = value
        case .failure(let failure): return failure.outcome
        }
        let url = Self.joined(settings.apiBase, "/v1.0/bots/\(Self.escaped(settings.botID))/\(path)/messages")
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        let body: [String: Any] = ["content": ["type": "text", "text": message.body]]
        request.body = .bytes(ByteBuffer(data: (try? JSONSerialization.data(withJSONObject: body)) ?? Data()))
        do {
            let response = try await http.execute(request, timeout: Self.timeout)
            _ = try? await response.body.collect(upTo: 1 << 20)
            if response.status == .unauthorized { self.token = nil }
            return Self.outcome(response.status, headers: response.headers, of: "message")
        } catch {
            return .failed("LINE WORKS cannot be reached (\(Self.reason(error)))")
        }
    }

    /// The token, asked for when there is none or it expires within a minute.
    private func accessToken() async -> Result<String, Failure> {
        let moment = now()
        if let token, token.expires - 60 > moment { return .success(token.value) }
        let assertion: String
        do {
            assertion = try ServiceAccountJWT.make(
                clientID: settings.clientID, serviceAccount: settings.serviceAccount, issuedAt: moment, signer: signer)
        } catch {
            return .failure(Failure(outcome: .failed("the JWT cannot be signed: \(error.description)")))
        }
        var request = HTTPClientRequest(url: Self.joined(settings.authBase, "/oauth2/v2.0/token"))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let form = [
            ("assertion", assertion), ("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
            ("client_id", settings.clientID), ("client_secret", clientSecret), ("scope", "bot"),
        ].map { "\($0.0)=\(Self.formEscaped($0.1))" }.joined(separator: "&")
        request.body = .bytes(ByteBuffer(string: form))
        do {
            let response = try await http.execute(request, timeout: Self.timeout)
            let body = try await response.body.collect(upTo: 1 << 20)
            guard response.status == .ok else {
                return .failure(
                    Failure(
                        outcome: Self.outcome(response.status, headers: response.headers, of: "token", retrying: true)))
            }
            guard let json = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any],
                let value = json["access_token"] as? String
            else { return .failure(Failure(outcome: .failed("the token endpoint answered no access_token"))) }
            let lifetime = (json["expires_in"] as? Int) ?? Int((json["expires_in"] as? String) ?? "") ?? 3600
            token = (value, moment + Int64(lifetime))
            return .success(value)
        } catch {
            return .failure(
                Failure(outcome: .failed("the LINE WORKS token endpoint cannot be reached (\(Self.reason(error)))")))
        }
    }

    struct Failure: Error {
        var outcome: DeliveryOutcome
    }

    /// What an answer means. The token endpoint's refusals are retried (a secret being
    /// replaced must not lose messages); a message's 4xx other than 401 and 429 is given up.
    static func outcome(
        _ status: HTTPResponseStatus, headers: HTTPHeaders, of what: String, retrying: Bool = false
    ) -> DeliveryOutcome {
        switch status.code {
        case 200..<300: return .delivered
        case 429:
            let seconds = headers.first(name: "Retry-After").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return .throttled(after: .seconds(max(1, seconds ?? 1)), reason: "\(what): HTTP 429")
        case 401, 500..<600: return .failed("\(what): HTTP \(status.code)")
        default: return retrying ? .failed("\(what): HTTP \(status.code)") : .rejected("\(what): HTTP \(status.code)")
        }
    }

    static func joined(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }

    static func escaped(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func formEscaped(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// A failure's reason without addresses or secrets: its type.
    static func reason(_ error: any Error) -> String { String(describing: type(of: error)) }
}

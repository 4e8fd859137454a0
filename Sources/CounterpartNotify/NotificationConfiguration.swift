import CounterpartCore
import Foundation

/// What `counterpart serve --notify-config FILE` reads: where the board is, the LINE WORKS
/// bot and the room (channel) of each counterpart group and of all members, members' own
/// LINE WORKS ids for direct messages, and the SMTP relay with each municipality's e-mail
/// addresses. Secrets are not in it: it names the files that hold them (``NotificationSecrets``).
/// JSON; see `Docs/notifications.md`.
public struct NotificationConfiguration: Hashable, Sendable, Decodable {
    /// The board's address as members open it (`https://hotline.pref.ehime.example.jp`):
    /// messages link to its pages (`/incidents/I1`, `/plans/P3`, `/notices/N2`).
    public var board: String
    /// LINE WORKS, when rooms are posted to.
    public var lineWorks: LineWorks?
    /// The rooms: one per counterpart group (`A`, `B`, `C`), and every member's.
    public var rooms: Rooms
    /// LINE WORKS user ids of members (`m-382035-1` → `tanaka@example`) for direct messages of
    /// re-notifications; a member without one is named in the group's room instead.
    public var members: [String: String]
    /// E-mail, when a municipality wants it.
    public var email: Email?

    /// The LINE WORKS bot (API 2.0) and its app's service account.
    public struct LineWorks: Hashable, Sendable, Decodable {
        /// `https://auth.worksmobile.com` (the token is asked at `{authBase}/oauth2/v2.0/token`).
        public var authBase: String
        /// `https://www.worksapis.com` (messages go to `{apiBase}/v1.0/bots/…`).
        public var apiBase: String
        public var botID: String
        public var clientID: String
        /// The app's service account (`xxxx.serviceaccount@example`).
        public var serviceAccount: String
        /// The file holding the client secret (one line).
        public var clientSecretFile: String
        /// The file holding the service account's private key (PEM).
        public var privateKeyFile: String

        enum CodingKeys: String, CodingKey {
            case authBase, apiBase
            case botID = "botId"
            case clientID = "clientId"
            case serviceAccount, clientSecretFile, privateKeyFile
        }
    }

    /// Which room (LINE WORKS channel id) each kind of news goes to.
    public struct Rooms: Hashable, Sendable, Decodable {
        /// Group id (`A`) → channel id.
        public var groups: [String: String]
        /// The room of every member: notices to all, and requests of a municipality in no group.
        public var all: String?
        /// A room of headquarters alone, when it keeps one besides the group rooms (it sits in
        /// every group room already): requests are posted there too.
        public var headquarters: String?

        public init(groups: [String: String], all: String? = nil, headquarters: String? = nil) {
            self.groups = groups
            self.all = all
            self.headquarters = headquarters
        }
    }

    /// The SMTP relay and who wants e-mail.
    public struct Email: Hashable, Sendable, Decodable {
        public var relay: Relay
        /// The sender (`hotline@pref.ehime.example.jp`).
        public var from: String
        /// Municipality code (`382035`, or the prefecture's for headquarters) → addresses.
        public var municipalities: [String: [String]]
    }

    /// An SMTP relay.
    public struct Relay: Hashable, Sendable, Decodable {
        public var host: String
        /// 25 or 587.
        public var port: Int
        /// `when-offered` (the default), `required` or `never`.
        public var startTLS: StartTLS?
        /// The user name to sign in with (AUTH PLAIN or LOGIN); none for a relay that trusts
        /// the server's address.
        public var username: String?
        /// The file holding the password (one line).
        public var passwordFile: String?
        /// The name this server gives itself in EHLO; the relay's host name's default is `localhost`.
        public var helloName: String?

        public enum StartTLS: String, Hashable, Sendable, Decodable {
            case whenOffered = "when-offered"
            case required
            case never
        }

        public init(
            host: String, port: Int, startTLS: StartTLS? = nil, username: String? = nil, passwordFile: String? = nil,
            helloName: String? = nil
        ) {
            self.host = host
            self.port = port
            self.startTLS = startTLS
            self.username = username
            self.passwordFile = passwordFile
            self.helloName = helloName
        }
    }

    public init(
        board: String, lineWorks: LineWorks? = nil, rooms: Rooms, members: [String: String] = [:], email: Email? = nil
    ) {
        self.board = board
        self.lineWorks = lineWorks
        self.rooms = rooms
        self.members = members
        self.email = email
    }

    enum CodingKeys: String, CodingKey { case board, lineWorks, rooms, members, email }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        board = try container.decode(String.self, forKey: .board)
        lineWorks = try container.decodeIfPresent(LineWorks.self, forKey: .lineWorks)
        rooms = try container.decodeIfPresent(Rooms.self, forKey: .rooms) ?? Rooms(groups: [:])
        members = try container.decodeIfPresent([String: String].self, forKey: .members) ?? [:]
        email = try container.decodeIfPresent(Email.self, forKey: .email)
    }

    /// Why a configuration cannot be used, in both languages.
    public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
        public var japanese: String
        public var english: String
        public var description: String { "\(japanese) / \(english)" }
    }

    /// The configuration in the JSON file at `path`.
    /// - Throws: ``ConfigurationError`` when it cannot be read or is not such JSON.
    public static func load(path: String) throws(ConfigurationError) -> NotificationConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(
                japanese: "\(path): 通知の設定ファイルを読めません", english: "\(path): cannot read the notification configuration")
        }
        do {
            let configuration = try JSONDecoder().decode(NotificationConfiguration.self, from: data)
            try configuration.check(path: path)
            return configuration
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError(
                japanese: "\(path): 通知の設定が JSON として正しくありません（\(Self.place(of: error))）",
                english: "\(path): the notification configuration is not valid (\(Self.place(of: error)))")
        }
    }

    /// Checks what decoding does not: addresses that are addresses.
    func check(path: String) throws(ConfigurationError) {
        var urls = [("board", board)]
        if let lineWorks {
            urls += [("lineWorks.authBase", lineWorks.authBase), ("lineWorks.apiBase", lineWorks.apiBase)]
        }
        for (field, text) in urls {
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw ConfigurationError(
                    japanese: "\(path): \(field) は http:// か https:// で始まるアドレスにしてください",
                    english: "\(path): \(field) must be an http:// or https:// address")
            }
        }
        if let email, !(1...65535).contains(email.relay.port) {
            throw ConfigurationError(
                japanese: "\(path): email.relay.port は 1〜65535 にしてください",
                english: "\(path): email.relay.port must be between 1 and 65535")
        }
    }

    /// The key path of a decoding error, for people.
    private static func place(of error: any Error) -> String {
        guard let error = error as? DecodingError else { return "JSON" }
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.map(\.stringValue).joined(separator: ".")
        @unknown default: return "JSON"
        }
    }
}

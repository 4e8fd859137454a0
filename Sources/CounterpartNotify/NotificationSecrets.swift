import Foundation

/// The secrets the configuration names, read from their files at start-up: kept in memory
/// only, never written to the store or a log (``description`` shows none of them).
public struct NotificationSecrets: Sendable, CustomStringConvertible {
    /// The LINE WORKS service account's private key (PEM).
    public var privateKeyPEM: [UInt8]?
    public var clientSecret: String?
    public var smtpPassword: String?

    public init(privateKeyPEM: [UInt8]? = nil, clientSecret: String? = nil, smtpPassword: String? = nil) {
        self.privateKeyPEM = privateKeyPEM
        self.clientSecret = clientSecret
        self.smtpPassword = smtpPassword
    }

    public var description: String { "NotificationSecrets(redacted)" }

    /// The secrets of the files `configuration` names.
    /// - Throws: ``NotificationConfiguration/ConfigurationError`` naming the file that cannot be read.
    public static func load(for configuration: NotificationConfiguration) throws(NotificationConfiguration
        .ConfigurationError) -> NotificationSecrets
    {
        var secrets = NotificationSecrets()
        if let lineWorks = configuration.lineWorks {
            secrets.privateKeyPEM = Array(try read(lineWorks.privateKeyFile))
            secrets.clientSecret = try line(lineWorks.clientSecretFile)
        }
        if let file = configuration.email?.relay.passwordFile {
            secrets.smtpPassword = try line(file)
        }
        return secrets
    }

    private static func read(_ path: String) throws(NotificationConfiguration.ConfigurationError) -> Data {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            throw NotificationConfiguration.ConfigurationError(
                japanese: "\(path): 秘密情報のファイルを読めません", english: "\(path): cannot read the secret file")
        }
        return data
    }

    /// The first line of a file, without its line end.
    private static func line(_ path: String) throws(NotificationConfiguration.ConfigurationError) -> String {
        let text = String(decoding: try read(path), as: UTF8.self)
        return String(text.split(whereSeparator: \.isNewline).first ?? "").trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
import Testing

@testable import CounterpartNotify

/// The configuration file and its secrets' files.
@Suite struct NotificationConfigurationTests {
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func theDocumentedExampleIsReadWithItsSecrets() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notify-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = try Self.write(String(decoding: TestKey.privatePEM, as: UTF8.self), "key.pem", in: folder)
        let secret = try Self.write("s3cret\n", "secret", in: folder)
        let password = try Self.write("relay-pass\n", "password", in: folder)
        let path = try Self.write(
            """
            {"board": "https://hotline.example.jp",
             "lineWorks": {"authBase": "https://auth.worksmobile.com", "apiBase": "https://www.worksapis.com",
                           "botId": "1234567", "clientId": "AbC", "serviceAccount": "x.serviceaccount@example",
                           "clientSecretFile": "\(secret)", "privateKeyFile": "\(key)"},
             "rooms": {"groups": {"A": "ch-a", "B": "ch-b", "C": "ch-c"}, "all": "ch-all"},
             "members": {"m-382035-2": "ito@example"},
             "email": {"relay": {"host": "smtp.example.jp", "port": 587, "username": "u", "passwordFile": "\(password)"},
                       "from": "hotline@example.jp", "municipalities": {"382035": ["a@example.jp"]}}}
            """, "notify.json", in: folder)
        let configuration = try NotificationConfiguration.load(path: path)
        #expect(configuration.rooms.groups["B"] == "ch-b")
        #expect(configuration.lineWorks?.botID == "1234567")
        #expect(configuration.email?.relay.startTLS == nil)
        let secrets = try NotificationSecrets.load(for: configuration)
        #expect(secrets.clientSecret == "s3cret")
        #expect(secrets.smtpPassword == "relay-pass")
        #expect(secrets.privateKeyPEM == TestKey.privatePEM)
        #expect("\(secrets)" == "NotificationSecrets(redacted)")
        #expect(!String(reflecting: configuration).contains("s3cret"))
    }

    @Test func aBadFileIsRefusedInBothLanguages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notify-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(
            #"{"board": "https://x.example", "rooms": {"groups": {"A": 3}}}"#, "bad.json", in: folder)
        #expect(throws: NotificationConfiguration.ConfigurationError.self) {
            try NotificationConfiguration.load(path: path)
        }
        do {
            _ = try NotificationConfiguration.load(path: path)
        } catch let error as NotificationConfiguration.ConfigurationError {
            #expect(error.japanese == "\(path): 通知の設定が JSON として正しくありません（rooms.groups.A）")
        }
        let badURL = try Self.write(#"{"board": "hotline", "rooms": {"groups": {}}}"#, "url.json", in: folder)
        do {
            _ = try NotificationConfiguration.load(path: badURL)
            Issue.record("accepted a board that is no address")
        } catch let error as NotificationConfiguration.ConfigurationError {
            #expect(error.english == "\(badURL): board must be an http:// or https:// address")
        }
        #expect(throws: NotificationConfiguration.ConfigurationError.self) {
            try NotificationConfiguration.load(path: folder.appendingPathComponent("none.json").path)
        }
    }

    @Test func theSignatureVerifiesAndATamperedOneDoesNot() throws {
        let signer = try RS256Signer(pem: TestKey.privatePEM)
        let jwt = try ServiceAccountJWT.make(
            clientID: "c", serviceAccount: "s", issuedAt: 1_800_000_000, signer: signer)
        let parts = jwt.split(separator: ".")
        let signature = Array(ServiceAccountJWT.bytes(base64URL: parts[2]) ?? Data())
        #expect(signature.count == 256)
        #expect(RS256Signer.verify(signature, of: Array("\(parts[0]).\(parts[1])".utf8), pem: TestKey.privatePEM))
        #expect(!RS256Signer.verify(signature, of: Array("\(parts[0]).x".utf8), pem: TestKey.privatePEM))
        #expect(throws: RS256Signer.KeyError.self) { try RS256Signer(pem: Array("not a key".utf8)) }
    }
}

/// How accounts turn a secret (a one-time code, a token, a session id) into what is stored:
/// SHA-256 as 64 lowercase hexadecimal digits. The operations layer does no cryptography of
/// its own; whoever makes an ``AccountDesk`` hands it the store's (`SHA256.hexDigest(of:)`).
public struct SecretDigest: Sendable {
    private let digest: @Sendable (String) -> String

    /// A digest that answers `digest(secret)`.
    public init(_ digest: @escaping @Sendable (String) -> String) { self.digest = digest }

    /// What is stored for `secret`.
    public func hash(_ secret: String) -> String { digest(secret) }
}

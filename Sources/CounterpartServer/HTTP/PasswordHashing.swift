import HummingbirdBcrypt
import NIOPosix

/// Passwords hashed with bcrypt (cost 12 or more), on NIO's thread pool for hashing, never on
/// an event loop. A hash of a password nobody has stands in for unknown members, so that a
/// wrong member costs the same time as a wrong password.
public struct PasswordHashing: Sendable {
    /// bcrypt's cost: 2^cost rounds.
    public let cost: UInt8
    /// The hash checked when the member or their password is unknown.
    public let dummyHash: String

    /// Hashing at `cost` (at least 12 outside tests).
    public init(cost: UInt8 = 12) {
        self.cost = cost
        self.dummyHash = Bcrypt.hash(AccountSecretsForDummy.text, cost: cost)
    }

    /// The hash of `password`.
    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// The check the sign-in calls exactly once: whether a password (second) matches a
    /// stored hash (first), on NIO's thread pool (never a thread of Swift's cooperative pool,
    /// which the rest of the server shares).
    static let verify: @Sendable (String, String) async -> Bool = { hash, password in
        (try? await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }) ?? false
    }
}

/// A password nobody can have (it is longer than any form allows).
enum AccountSecretsForDummy {
    static let text = String(repeating: "counterpart-dummy-", count: 4)
}

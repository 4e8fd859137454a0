/// The rows of hotline members' accounts. Codes, tokens and session ids are never stored:
/// only their SHA-256 (64 lowercase hexadecimal digits), which the operations layer computes.

/// A hotline member who was invited or given a token: at most one per member.
public struct AccountRow: Hashable, Sendable {
    /// The member id of the roster (`m-382035-1`).
    public var member: String
    /// The password's hash as the server makes it (bcrypt); `nil` until the member enrols.
    public var passwordHash: String?
    public var createdAt: String
    /// When the password was last set.
    public var enrolledAt: String?
    /// Failed sign-ins counted since ``failuresSince`` (the server's sign-in window).
    public var failedSignIns: Int
    public var failuresSince: String?

    /// A row.
    public init(
        member: String, passwordHash: String? = nil, createdAt: String, enrolledAt: String? = nil,
        failedSignIns: Int = 0, failuresSince: String? = nil
    ) {
        self.member = member
        self.passwordHash = passwordHash
        self.createdAt = createdAt
        self.enrolledAt = enrolledAt
        self.failedSignIns = failedSignIns
        self.failuresSince = failuresSince
    }
}

/// A one-time enrolment code given to a member.
public struct InvitationRow: Hashable, Sendable {
    public var id: Int
    public var member: String
    /// SHA-256 of the code.
    public var codeHash: String
    public var createdAt: String
    public var createdBy: String
    public var expiresAt: String
    /// When the code was redeemed.
    public var usedAt: String?
    /// When it was withdrawn unused (a later invitation, a revocation).
    public var endedAt: String?

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, member: String, codeHash: String, createdAt: String, createdBy: String, expiresAt: String,
        usedAt: String? = nil, endedAt: String? = nil
    ) {
        self.id = id
        self.member = member
        self.codeHash = codeHash
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.expiresAt = expiresAt
        self.usedAt = usedAt
        self.endedAt = endedAt
    }
}

/// A bearer token for scripts.
public struct AccessTokenRow: Hashable, Sendable {
    public var id: Int
    public var member: String
    public var label: String
    /// SHA-256 of the token; unique.
    public var tokenHash: String
    public var createdAt: String
    public var createdBy: String
    public var revokedAt: String?

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, member: String, label: String, tokenHash: String, createdAt: String, createdBy: String,
        revokedAt: String? = nil
    ) {
        self.id = id
        self.member = member
        self.label = label
        self.tokenHash = tokenHash
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.revokedAt = revokedAt
    }
}

/// A signed-in browser session (the server's).
public struct SessionRow: Hashable, Sendable {
    /// SHA-256 of the session id the cookie carries; unique.
    public var idHash: String
    public var member: String
    public var createdAt: String
    public var lastSeenAt: String
    public var endedAt: String?

    /// A row.
    public init(idHash: String, member: String, createdAt: String, lastSeenAt: String, endedAt: String? = nil) {
        self.idHash = idHash
        self.member = member
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.endedAt = endedAt
    }
}

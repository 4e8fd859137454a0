import CounterpartCore
import CounterpartStorage

extension AccountDesk {
    /// Issues a bearer token to `member`, named `label` (what it is for: a script, a machine).
    /// - Throws: ``OperationsError/unknownMember(_:)``, ``OperationsError/noRoster``,
    ///   ``OperationsError/invalid(_:)`` for an empty label.
    public func issueToken(_ member: MemberID, label: String, by actor: Agent)
        async throws(OperationsError) -> IssuedToken
    {
        let label = label.trimmingWhitespace
        guard !label.isEmpty else {
            throw .invalid([Problem(field: "label", rule: "required", message: "say what the token is for")])
        }
        let stamp = stamp(by: actor)
        let token = AccountSecrets.token()
        let tokenHash = digest.hash(token)
        return try await writing { rows in
            _ = try Self.requireMember(rows, member)
            let at = stamp.time.description
            _ = try rows.openAccount(member: member.rawValue, at: at)
            _ = try rows.insertAccessToken(
                AccessTokenRow(
                    id: 0, member: member.rawValue, label: label, tokenHash: tokenHash, createdAt: at,
                    createdBy: stamp.actor))
            try Self.record(rows, member: member, "access token issued: \(label)", stamp: stamp)
            return IssuedToken(member: member, token: token, label: label)
        }
    }

    /// Ends every session and token of `member` and withdraws unused codes. A member no
    /// longer in the roster can be revoked too, when they have an account.
    /// - Throws: ``OperationsError/unknownMember(_:)`` for a member neither in the roster nor
    ///   with an account.
    public func revoke(_ member: MemberID, by actor: Agent) async throws(OperationsError) -> Revocation {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            if try rows.account(member: member.rawValue) == nil { _ = try Self.requireMember(rows, member) }
            let at = stamp.time.description
            let revocation = Revocation(
                member: member, tokens: try rows.revokeAccessTokens(member: member.rawValue, at: at),
                sessions: try rows.endSessions(member: member.rawValue, at: at),
                invitations: try rows.endInvitations(member: member.rawValue, at: at))
            try Self.record(
                rows, member: member,
                "access revoked: \(revocation.tokens) tokens, \(revocation.sessions) sessions, "
                    + "\(revocation.invitations) codes ended",
                stamp: stamp)
            return revocation
        }
    }

    /// The member a bearer token belongs to: known, not revoked, and the member still in the
    /// roster as it stands; `nil` otherwise.
    public func authenticate(token: String) async throws(OperationsError) -> HotlineMember? {
        try await signedIn(token: token)?.member
    }

    /// The member a bearer token belongs to, with the roster as it stands, read together in
    /// one snapshot (what a server needs for every request); `nil` as for
    /// ``authenticate(token:)``.
    public func signedIn(token: String) async throws(OperationsError) -> SignedIn? {
        let tokenHash = digest.hash(token)
        return try await reading { rows in
            guard let row = try rows.accessToken(hash: tokenHash), row.revokedAt == nil,
                let roster = try rows.currentRoster()?.roster,
                let member = roster.members.first(where: { $0.id.rawValue == row.member })
            else { return nil }
            return SignedIn(member: member, roster: roster, recordPosition: try rows.latestEventID())
        }
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

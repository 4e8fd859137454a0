import CounterpartCore
import CounterpartStorage

extension AccountDesk {
    /// How a sign-in went.
    public enum SignIn: Hashable, Sendable {
        /// Signed in: the session id to put in the cookie (shown once, stored only hashed), the
        /// member, and the token every state-changing request of the session must carry.
        case signedIn(session: String, member: HotlineMember, csrfToken: String)
        /// A wrong member or a wrong password: the same answer for both.
        case refused
        /// Too many failures for this member in the window: refused until it passes.
        case tooManyAttempts
    }

    /// Failures of one member that lock sign-in for the rest of the window.
    public static let failuresAllowed = 10
    /// The window failures are counted in: 15 minutes.
    public static let failureWindowSeconds: Int64 = 15 * 60
    /// A session unused this long has ended: 12 hours.
    public static let idleSeconds: Int64 = 12 * 3600
    /// A session ends this long after it began, used or not: 7 days.
    public static let absoluteSeconds: Int64 = 7 * 24 * 3600

    /// Signs `member` in with `password`. `verify(hash, password)` checks a password against
    /// its stored hash (bcrypt, in the server, on a thread of its own: it takes a quarter of a
    /// second); it is called exactly once whatever happens, on
    /// `dummyHash` when the member or their password is unknown, so that a wrong member costs
    /// the same time as a wrong password.
    public func signIn(
        _ member: MemberID, password: String, dummyHash: String, verify: @Sendable (String, String) async -> Bool
    ) async throws(OperationsError) -> SignIn {
        let now = clock.now()
        let known = try await reading { rows -> (HotlineMember?, AccountRow?) in
            let roster = try rows.currentRoster()?.roster
            return (roster?.members.first { $0.id == member }, try rows.account(member: member.rawValue))
        }
        let (person, account) = known
        let windowStart = account?.failuresSince.flatMap { try? Timestamp($0) }
        let inWindow =
            windowStart.map { now.secondsSinceEpoch - $0.secondsSinceEpoch < Self.failureWindowSeconds } ?? false
        let failures = inWindow ? account?.failedSignIns ?? 0 : 0
        let matches = await verify(account?.passwordHash ?? dummyHash, password)
        guard failures < Self.failuresAllowed else { return .tooManyAttempts }
        guard let person, let account, account.passwordHash != nil, matches else {
            if account != nil {
                let since = inWindow ? account?.failuresSince : now.description
                _ = try await writing { rows in
                    try rows.setSignInFailures(member: member.rawValue, count: failures + 1, since: since)
                }
            }
            return .refused
        }
        let session = AccountSecrets.token()
        let csrf = csrfToken(ofSession: session)
        let stamp = Stamp(time: now, actor: member.rawValue, isClockFixed: clock.isFixed)
        let idHash = digest.hash(session)
        try await writing { rows in
            _ = try rows.setSignInFailures(member: member.rawValue, count: 0, since: nil)
            try rows.insertSession(
                SessionRow(
                    idHash: idHash, member: member.rawValue, createdAt: now.description, lastSeenAt: now.description))
            try IncidentDesk.record(rows, incident: nil, subject: member.rawValue, "signed in", kind: nil, stamp: stamp)
        }
        return .signedIn(session: session, member: person, csrfToken: csrf)
    }

    /// A session's use is written down at most this often: 60 s (the idle limit is hours), so
    /// that a member's reads do not each become a write.
    public static let touchSeconds: Int64 = 60

    /// What a session id names, read before anything is written.
    private enum SessionState: Sendable {
        case unknown
        case ended
        case current(SignedIn, needsTouch: Bool)
    }

    /// The member a session id belongs to, when the session has not ended, has been used in
    /// the last 12 hours, began less than 7 days ago, and the member is still in the roster;
    /// notes the use (at most once a minute). A session found past its limits is ended.
    public func member(ofSession session: String) async throws(OperationsError) -> HotlineMember? {
        try await signedIn(session: session)?.member
    }

    /// The member a session id belongs to, with the roster as it stands, read together; `nil`
    /// as for ``member(ofSession:)``, which it is.
    public func signedIn(session: String) async throws(OperationsError) -> SignedIn? {
        let now = clock.now()
        let idHash = digest.hash(session)
        let state = try await reading { rows -> SessionState in
            guard let row = try rows.session(hash: idHash), row.endedAt == nil,
                let created = try? Timestamp(row.createdAt), let seen = try? Timestamp(row.lastSeenAt)
            else { return .unknown }
            guard now.secondsSinceEpoch - seen.secondsSinceEpoch < Self.idleSeconds,
                now.secondsSinceEpoch - created.secondsSinceEpoch < Self.absoluteSeconds
            else { return .ended }
            guard let roster = try rows.currentRoster()?.roster,
                let member = roster.members.first(where: { $0.id.rawValue == row.member })
            else { return .unknown }
            return .current(
                SignedIn(member: member, roster: roster, recordPosition: try rows.latestEventID()),
                needsTouch: now.secondsSinceEpoch - seen.secondsSinceEpoch >= Self.touchSeconds)
        }
        switch state {
        case .unknown:
            return nil
        case .ended:
            _ = try await writing { rows in try rows.endSession(hash: idHash, at: now.description) }
            return nil
        case .current(let signedIn, let needsTouch):
            if needsTouch {
                _ = try await writing { rows in try rows.touchSession(hash: idHash, at: now.description) }
            }
            return signedIn
        }
    }

    /// The token every state-changing request of a session must carry: derived from the
    /// session's secret id, so the server recomputes it from the cookie and never stores it.
    public func csrfToken(ofSession session: String) -> String { digest.hash("csrf " + session) }

    /// Ends a session (sign-out): its cookie no longer works. `false` when it had ended.
    public func signOut(session: String) async throws(OperationsError) -> Bool {
        let now = clock.now()
        let idHash = digest.hash(session)
        return try await writing { rows in try rows.endSession(hash: idHash, at: now.description) }
    }
}

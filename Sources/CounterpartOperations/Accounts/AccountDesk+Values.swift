import CounterpartCore

extension AccountDesk {
    /// A one-time code handed to a member: shown once, stored only as its hash.
    public struct Invitation: Hashable, Sendable {
        public var member: MemberID
        /// `ABCDE-FGHJK`: ten letters and digits that cannot be mistaken for one another.
        public var code: String
        /// The last moment it can be redeemed.
        public var expires: Timestamp
    }

    /// A bearer token for scripts: shown once, stored only as its hash.
    public struct IssuedToken: Hashable, Sendable {
        public var member: MemberID
        /// 64 hexadecimal digits (32 random bytes).
        public var token: String
        public var label: String
    }

    /// What a redeemed code allows: setting the member's password once. Only the desk makes
    /// one (``AccountDesk/redeem(_:code:)``), so holding one proves a good code was given.
    public struct Enrolment: Hashable, Sendable {
        public let member: MemberID
        let invitation: Int
    }

    /// A member who proved who they are, with the roster they were found in and the
    /// position of the record then (the latest event's id): every change writes an event in
    /// its own transaction, so whatever was read at one position is still true while the
    /// record stands there, and a server may keep answers computed at it.
    public struct SignedIn: Sendable {
        public var member: HotlineMember
        public var roster: Roster
        public var recordPosition: Int
    }

    /// What a revocation ended.
    public struct Revocation: Hashable, Sendable {
        public var member: MemberID
        public var tokens: Int
        public var sessions: Int
        public var invitations: Int

        /// What ended.
        public init(member: MemberID, tokens: Int, sessions: Int, invitations: Int) {
            self.member = member
            self.tokens = tokens
            self.sessions = sessions
            self.invitations = invitations
        }
    }
}

import CounterpartCore
import CounterpartStorage

extension AccountDesk {
    /// Invites `member` to enrol: a new one-time code, valid for `validHours`, which replaces
    /// any earlier code not yet used.
    /// - Throws: ``OperationsError/unknownMember(_:)`` for a member the stored roster lacks,
    ///   ``OperationsError/noRoster``, ``OperationsError/invalid(_:)`` for hours out of range.
    public func invite(_ member: MemberID, validHours: Int = 72, by actor: Agent)
        async throws(OperationsError) -> Invitation
    {
        guard (1...Self.longestValidHours).contains(validHours) else {
            throw .invalid([
                Problem(
                    field: "validHours", rule: "range",
                    message: "an invitation is valid for 1 to \(Self.longestValidHours) hours")
            ])
        }
        let stamp = stamp(by: actor)
        let code = AccountSecrets.code()
        let codeHash = digest.hash(AccountSecrets.normalizedCode(code))
        let expires = Timestamp(secondsSinceEpoch: stamp.time.secondsSinceEpoch + Int64(validHours) * 3600)
        return try await writing { rows in
            _ = try Self.requireMember(rows, member)
            let at = stamp.time.description
            _ = try rows.openAccount(member: member.rawValue, at: at)
            let replaced = try rows.endInvitations(member: member.rawValue, at: at)
            _ = try rows.insertInvitation(
                InvitationRow(
                    id: 0, member: member.rawValue, codeHash: codeHash, createdAt: at, createdBy: stamp.actor,
                    expiresAt: expires.description))
            let note = replaced > 0 ? "; the earlier code no longer works" : ""
            try Self.record(rows, member: member, "invited to enrol, code valid until \(expires)\(note)", stamp: stamp)
            return Invitation(member: member, code: code, expires: expires)
        }
    }

    /// Checks `code` for `member` and marks it used: it was handed to that member, is the
    /// latest, unused and not expired. The answer lets the caller set the password
    /// (``setPasswordHash(_:hash:)``); ``enrol(_:code:passwordHash:)`` does both at once.
    /// - Throws: ``OperationsError/invalid(_:)`` (field `code`, rule `rejected`) for a wrong,
    ///   used or expired code, or a member who is no longer in the roster, with one sentence
    ///   for all of them; nothing changes.
    public func redeem(_ member: MemberID, code: String) async throws(OperationsError) -> Enrolment {
        let stamp = Stamp(time: clock.now(), actor: member.rawValue, isClockFixed: clock.isFixed)
        let codeHash = digest.hash(AccountSecrets.normalizedCode(code))
        return try await writing { rows in try Self.redeem(rows, member, codeHash: codeHash, stamp: stamp) }
    }

    /// Redeems `code` and sets the password's hash (made by the server beforehand) in one
    /// transaction: a refused code leaves the account as it was, and a used code always has
    /// its password.
    /// - Throws: as ``redeem(_:code:)``; ``OperationsError/invalid(_:)`` for an empty hash.
    public func enrol(_ member: MemberID, code: String, passwordHash: String) async throws(OperationsError) {
        let stamp = Stamp(time: clock.now(), actor: member.rawValue, isClockFixed: clock.isFixed)
        let codeHash = digest.hash(AccountSecrets.normalizedCode(code))
        guard !passwordHash.isEmpty else { throw Self.noPassword }
        try await writing { rows in
            let enrolment = try Self.redeem(rows, member, codeHash: codeHash, stamp: stamp)
            try Self.setPasswordHash(rows, enrolment, hash: passwordHash, stamp: stamp)
        }
    }

    static let rejectedCode = OperationsError.invalid([
        Problem(field: "code", rule: "rejected", message: "the code is wrong, used or expired")
    ])

    static let noPassword = OperationsError.invalid([
        Problem(field: "password", rule: "required", message: "no password given")
    ])

    static func redeem(_ rows: any StorageWriting, _ member: MemberID, codeHash: String, stamp: Stamp) throws
        -> Enrolment
    {
        let isMember = try rows.currentRoster()?.roster.members.contains { $0.id == member } ?? false
        guard isMember,
            let invitation = try rows.invitations(member: member.rawValue).last(where: {
                $0.codeHash == codeHash && $0.usedAt == nil && $0.endedAt == nil
            })
        else { throw rejectedCode }
        guard let expires = try? Timestamp(invitation.expiresAt) else {
            throw OperationsError.corrupt("invitation \(invitation.id) expires at '\(invitation.expiresAt)'")
        }
        guard stamp.time <= expires, try rows.useInvitation(invitation.id, at: stamp.time.description) else {
            throw rejectedCode
        }
        try record(rows, member: member, "enrolment code used", stamp: stamp)
        return Enrolment(member: member, invitation: invitation.id)
    }

    /// Sets the password's hash (made by the server, bcrypt) for the member of `enrolment`.
    /// - Throws: ``OperationsError/invalid(_:)`` for an empty hash,
    ///   ``OperationsError/unknownMember(_:)`` for a member with no account.
    public func setPasswordHash(_ enrolment: Enrolment, hash: String) async throws(OperationsError) {
        let stamp = Stamp(time: clock.now(), actor: enrolment.member.rawValue, isClockFixed: clock.isFixed)
        guard !hash.isEmpty else { throw Self.noPassword }
        try await writing { rows in try Self.setPasswordHash(rows, enrolment, hash: hash, stamp: stamp) }
    }

    static func setPasswordHash(_ rows: any StorageWriting, _ enrolment: Enrolment, hash: String, stamp: Stamp) throws {
        let member = enrolment.member
        guard try rows.setPasswordHash(member: member.rawValue, hash: hash, at: stamp.time.description) else {
            throw OperationsError.unknownMember(member.rawValue)
        }
        try record(rows, member: member, "password set", stamp: stamp)
    }
}

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
    /// (``setPasswordHash(_:hash:)``).
    /// - Throws: ``OperationsError/invalid(_:)`` (field `code`, rule `rejected`) for a wrong,
    ///   used or expired code, or a member who is no longer in the roster, with one sentence
    ///   for all of them; nothing changes.
    public func redeem(_ member: MemberID, code: String) async throws(OperationsError) -> Enrolment {
        let stamp = Stamp(time: clock.now(), actor: member.rawValue, isClockFixed: clock.isFixed)
        let codeHash = digest.hash(AccountSecrets.normalizedCode(code))
        let rejected = OperationsError.invalid([
            Problem(field: "code", rule: "rejected", message: "the code is wrong, used or expired")
        ])
        return try await writing { rows in
            guard (try? Self.requireMember(rows, member)) != nil,
                let invitation = try rows.invitations(member: member.rawValue).last(where: {
                    $0.codeHash == codeHash && $0.usedAt == nil && $0.endedAt == nil
                }),
                let expires = try? Timestamp(invitation.expiresAt), stamp.time <= expires,
                try rows.useInvitation(invitation.id, at: stamp.time.description)
            else { throw rejected }
            try Self.record(rows, member: member, "enrolment code used", stamp: stamp)
            return Enrolment(member: member, invitation: invitation.id)
        }
    }

    /// Sets the password's hash (made by the server, bcrypt) for the member of `enrolment`.
    /// - Throws: ``OperationsError/invalid(_:)`` for an empty hash or a member with no account.
    public func setPasswordHash(_ enrolment: Enrolment, hash: String) async throws(OperationsError) {
        let member = enrolment.member
        let stamp = Stamp(time: clock.now(), actor: member.rawValue, isClockFixed: clock.isFixed)
        guard !hash.isEmpty else {
            throw .invalid([Problem(field: "password", rule: "required", message: "no password given")])
        }
        try await writing { rows in
            guard try rows.setPasswordHash(member: member.rawValue, hash: hash, at: stamp.time.description) else {
                throw OperationsError.unknownMember(member.rawValue)
            }
            try Self.record(rows, member: member, "password set", stamp: stamp)
        }
    }
}

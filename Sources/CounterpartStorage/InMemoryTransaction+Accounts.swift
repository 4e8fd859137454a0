/// Accounts in memory, with the refusals of the database: one account per member,
/// invitations and tokens only for an account, unique token and session hashes.
extension InMemoryTransaction {
    func account(member: String) -> AccountRow? { tables.accounts.first { $0.member == member } }
    func invitations(member: String) -> [InvitationRow] { tables.invitations.filter { $0.member == member } }
    func accessToken(hash: String) -> AccessTokenRow? { tables.accessTokens.first { $0.tokenHash == hash } }
    func accessTokens(member: String) -> [AccessTokenRow] { tables.accessTokens.filter { $0.member == member } }
    func session(hash: String) -> SessionRow? { tables.sessions.first { $0.idHash == hash } }
    func sessions(member: String) -> [SessionRow] { tables.sessions.filter { $0.member == member } }

    private func requireAccount(_ member: String) throws {
        guard account(member: member) != nil else { throw StorageError.refused("no account for \(member)") }
    }

    private static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    func openAccount(member: String, at: String) throws -> Bool {
        guard !member.isEmpty else { throw StorageError.refused("account row breaks a rule") }
        guard account(member: member) == nil else { return false }
        tables.accounts.append(AccountRow(member: member, createdAt: at))
        return true
    }

    func setPasswordHash(member: String, hash: String, at: String) throws -> Bool {
        guard let index = tables.accounts.firstIndex(where: { $0.member == member }) else { return false }
        guard !hash.isEmpty else { throw StorageError.refused("account row breaks a rule") }
        tables.accounts[index].passwordHash = hash
        tables.accounts[index].enrolledAt = at
        return true
    }

    func setSignInFailures(member: String, count: Int, since: String?) throws -> Bool {
        guard let index = tables.accounts.firstIndex(where: { $0.member == member }) else { return false }
        guard count >= 0 else { throw StorageError.refused("account row breaks a rule") }
        tables.accounts[index].failedSignIns = count
        tables.accounts[index].failuresSince = since
        return true
    }

    func insertInvitation(_ row: InvitationRow) throws -> Int {
        try requireAccount(row.member)
        guard Self.isHash(row.codeHash) else { throw StorageError.refused("invitation row breaks a rule") }
        var row = row
        row.id = tables.invitations.count + 1
        tables.invitations.append(row)
        return row.id
    }

    func useInvitation(_ id: Int, at: String) throws -> Bool {
        guard tables.invitations.indices.contains(id - 1) else { return false }
        guard tables.invitations[id - 1].usedAt == nil, tables.invitations[id - 1].endedAt == nil else { return false }
        tables.invitations[id - 1].usedAt = at
        return true
    }

    func endInvitations(member: String, at: String) throws -> Int {
        var count = 0
        for index in tables.invitations.indices
        where tables.invitations[index].member == member && tables.invitations[index].usedAt == nil
            && tables.invitations[index].endedAt == nil
        {
            tables.invitations[index].endedAt = at
            count += 1
        }
        return count
    }

    func insertAccessToken(_ row: AccessTokenRow) throws -> Int {
        try requireAccount(row.member)
        guard Self.isHash(row.tokenHash), !row.label.isEmpty else {
            throw StorageError.refused("access token row breaks a rule")
        }
        guard accessToken(hash: row.tokenHash) == nil else { throw StorageError.conflict("the token exists already") }
        var row = row
        row.id = tables.accessTokens.count + 1
        tables.accessTokens.append(row)
        return row.id
    }

    func revokeAccessTokens(member: String, at: String) throws -> Int {
        var count = 0
        for index in tables.accessTokens.indices
        where tables.accessTokens[index].member == member && tables.accessTokens[index].revokedAt == nil {
            tables.accessTokens[index].revokedAt = at
            count += 1
        }
        return count
    }

    func insertSession(_ row: SessionRow) throws {
        try requireAccount(row.member)
        guard Self.isHash(row.idHash) else { throw StorageError.refused("session row breaks a rule") }
        guard session(hash: row.idHash) == nil else { throw StorageError.conflict("the session exists already") }
        tables.sessions.append(row)
    }

    func touchSession(hash: String, at: String) throws -> Bool {
        guard let index = tables.sessions.firstIndex(where: { $0.idHash == hash && $0.endedAt == nil }) else {
            return false
        }
        tables.sessions[index].lastSeenAt = at
        return true
    }

    func endSession(hash: String, at: String) throws -> Bool {
        guard let index = tables.sessions.firstIndex(where: { $0.idHash == hash && $0.endedAt == nil }) else {
            return false
        }
        tables.sessions[index].endedAt = at
        return true
    }

    func endSessions(member: String, at: String) throws -> Int {
        var count = 0
        for index in tables.sessions.indices
        where tables.sessions[index].member == member && tables.sessions[index].endedAt == nil {
            tables.sessions[index].endedAt = at
            count += 1
        }
        return count
    }
}

import CounterpartStorage

/// The account tables (migration v7): SQL and row mapping only.
extension SQLIncidentRows {
    // MARK: - Reading

    func account(member: String) throws -> AccountRow? {
        try db.rows(
            """
            SELECT member_id, password_hash, created_at, enrolled_at, failed_sign_ins, failures_since
            FROM account WHERE member_id = ?
            """, [member]
        ).first.map { row in
            AccountRow(
                member: try row.decode(atIndex: 0), passwordHash: try row.decode(atIndex: 1),
                createdAt: try row.decode(atIndex: 2), enrolledAt: try row.decode(atIndex: 3),
                failedSignIns: try row.decode(atIndex: 4), failuresSince: try row.decode(atIndex: 5))
        }
    }

    func invitations(member: String) throws -> [InvitationRow] {
        try db.rows(
            """
            SELECT id, member_id, code_hash, created_at, created_by, expires_at, used_at, ended_at
            FROM invitation WHERE member_id = ? ORDER BY id
            """, [member]
        ).map { row in
            InvitationRow(
                id: try row.decode(atIndex: 0), member: try row.decode(atIndex: 1),
                codeHash: try row.decode(atIndex: 2), createdAt: try row.decode(atIndex: 3),
                createdBy: try row.decode(atIndex: 4), expiresAt: try row.decode(atIndex: 5),
                usedAt: try row.decode(atIndex: 6), endedAt: try row.decode(atIndex: 7))
        }
    }

    func accessToken(hash: String) throws -> AccessTokenRow? {
        try accessTokenRows("WHERE token_hash = ?", [hash]).first
    }

    func accessTokens(member: String) throws -> [AccessTokenRow] {
        try accessTokenRows("WHERE member_id = ?", [member])
    }

    private func accessTokenRows(_ filter: String, _ arguments: SQLArguments) throws -> [AccessTokenRow] {
        try db.rows(
            """
            SELECT id, member_id, label, token_hash, created_at, created_by, revoked_at
            FROM access_token \(filter) ORDER BY id
            """, arguments
        ).map { row in
            AccessTokenRow(
                id: try row.decode(atIndex: 0), member: try row.decode(atIndex: 1), label: try row.decode(atIndex: 2),
                tokenHash: try row.decode(atIndex: 3), createdAt: try row.decode(atIndex: 4),
                createdBy: try row.decode(atIndex: 5), revokedAt: try row.decode(atIndex: 6))
        }
    }

    func session(hash: String) throws -> SessionRow? { try sessionRows("WHERE id_hash = ?", [hash]).first }

    func sessions(member: String) throws -> [SessionRow] { try sessionRows("WHERE member_id = ?", [member]) }

    private func sessionRows(_ filter: String, _ arguments: SQLArguments) throws -> [SessionRow] {
        try db.rows(
            """
            SELECT id_hash, member_id, created_at, last_seen_at, ended_at
            FROM session \(filter) ORDER BY rowid
            """, arguments
        ).map { row in
            SessionRow(
                idHash: try row.decode(atIndex: 0), member: try row.decode(atIndex: 1),
                createdAt: try row.decode(atIndex: 2), lastSeenAt: try row.decode(atIndex: 3),
                endedAt: try row.decode(atIndex: 4))
        }
    }

    // MARK: - Writing

    func openAccount(member: String, at: String) throws -> Bool {
        return try db.execute(
            "INSERT INTO account (member_id, created_at) VALUES (?, ?) ON CONFLICT (member_id) DO NOTHING",
            [member, at]) == 1
    }

    func setPasswordHash(member: String, hash: String, at: String) throws -> Bool {
        return try db.execute(
            "UPDATE account SET password_hash = ?, enrolled_at = ? WHERE member_id = ?", [hash, at, member]) == 1
    }

    func setSignInFailures(member: String, count: Int, since: String?) throws -> Bool {
        return try db.execute(
            "UPDATE account SET failed_sign_ins = ?, failures_since = ? WHERE member_id = ?", [count, since, member])
            == 1
    }

    func insertInvitation(_ row: InvitationRow) throws -> Int {
        return try db.insertReturningID(
            """
            INSERT INTO invitation (member_id, code_hash, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?)
            """, [row.member, row.codeHash, row.createdAt, row.createdBy, row.expiresAt])
    }

    func useInvitation(_ id: Int, at: String) throws -> Bool {
        try db.execute(
            "UPDATE invitation SET used_at = ? WHERE id = ? AND used_at IS NULL AND ended_at IS NULL", [at, id]) == 1
    }

    func endInvitations(member: String, at: String) throws -> Int {
        return try db.execute(
            "UPDATE invitation SET ended_at = ? WHERE member_id = ? AND used_at IS NULL AND ended_at IS NULL",
            [at, member])
    }

    func insertAccessToken(_ row: AccessTokenRow) throws -> Int {
        return try db.insertReturningID(
            """
            INSERT INTO access_token (member_id, label, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)
            """, [row.member, row.label, row.tokenHash, row.createdAt, row.createdBy])
    }

    func revokeAccessTokens(member: String, at: String) throws -> Int {
        try db.execute(
            "UPDATE access_token SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL", [at, member])
    }

    func insertSession(_ row: SessionRow) throws {
        try db.execute(
            "INSERT INTO session (id_hash, member_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
            [row.idHash, row.member, row.createdAt, row.lastSeenAt])
    }

    func touchSession(hash: String, at: String) throws -> Bool {
        try db.execute("UPDATE session SET last_seen_at = ? WHERE id_hash = ? AND ended_at IS NULL", [at, hash]) == 1
    }

    func endSession(hash: String, at: String) throws -> Bool {
        return try db.execute("UPDATE session SET ended_at = ? WHERE id_hash = ? AND ended_at IS NULL", [at, hash]) == 1
    }

    func endSessions(member: String, at: String) throws -> Int {
        return try db.execute("UPDATE session SET ended_at = ? WHERE member_id = ? AND ended_at IS NULL", [at, member])
    }
}

import CounterpartStorage
import GRDB

/// The account tables (migration v7): SQL and row mapping only.
extension SQLiteIncidentRows {
    // MARK: - Reading

    func account(member: String) throws -> AccountRow? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT member_id, password_hash, created_at, enrolled_at, failed_sign_ins, failures_since
                FROM account WHERE member_id = ?
                """,
            arguments: [member]
        ).map { row in
            AccountRow(
                member: try row.decode(atIndex: 0), passwordHash: try row.decode(atIndex: 1),
                createdAt: try row.decode(atIndex: 2), enrolledAt: try row.decode(atIndex: 3),
                failedSignIns: try row.decode(atIndex: 4), failuresSince: try row.decode(atIndex: 5))
        }
    }

    func invitations(member: String) throws -> [InvitationRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, member_id, code_hash, created_at, created_by, expires_at, used_at, ended_at
                FROM invitation WHERE member_id = ? ORDER BY id
                """,
            arguments: [member]
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

    private func accessTokenRows(_ filter: String, _ arguments: StatementArguments) throws -> [AccessTokenRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, member_id, label, token_hash, created_at, created_by, revoked_at
                FROM access_token \(filter) ORDER BY id
                """,
            arguments: arguments
        ).map { row in
            AccessTokenRow(
                id: try row.decode(atIndex: 0), member: try row.decode(atIndex: 1), label: try row.decode(atIndex: 2),
                tokenHash: try row.decode(atIndex: 3), createdAt: try row.decode(atIndex: 4),
                createdBy: try row.decode(atIndex: 5), revokedAt: try row.decode(atIndex: 6))
        }
    }

    func session(hash: String) throws -> SessionRow? { try sessionRows("WHERE id_hash = ?", [hash]).first }

    func sessions(member: String) throws -> [SessionRow] { try sessionRows("WHERE member_id = ?", [member]) }

    private func sessionRows(_ filter: String, _ arguments: StatementArguments) throws -> [SessionRow] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id_hash, member_id, created_at, last_seen_at, ended_at
                FROM session \(filter) ORDER BY rowid
                """,
            arguments: arguments
        ).map { row in
            SessionRow(
                idHash: try row.decode(atIndex: 0), member: try row.decode(atIndex: 1),
                createdAt: try row.decode(atIndex: 2), lastSeenAt: try row.decode(atIndex: 3),
                endedAt: try row.decode(atIndex: 4))
        }
    }

    // MARK: - Writing

    func openAccount(member: String, at: String) throws -> Bool {
        try db.execute(
            sql: "INSERT INTO account (member_id, created_at) VALUES (?, ?) ON CONFLICT (member_id) DO NOTHING",
            arguments: [member, at])
        return db.changesCount == 1
    }

    func setPasswordHash(member: String, hash: String, at: String) throws -> Bool {
        try db.execute(
            sql: "UPDATE account SET password_hash = ?, enrolled_at = ? WHERE member_id = ?",
            arguments: [hash, at, member])
        return db.changesCount == 1
    }

    func setSignInFailures(member: String, count: Int, since: String?) throws -> Bool {
        try db.execute(
            sql: "UPDATE account SET failed_sign_ins = ?, failures_since = ? WHERE member_id = ?",
            arguments: [count, since, member])
        return db.changesCount == 1
    }

    func insertInvitation(_ row: InvitationRow) throws -> Int {
        try db.execute(
            sql: """
                INSERT INTO invitation (member_id, code_hash, created_at, created_by, expires_at) VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [row.member, row.codeHash, row.createdAt, row.createdBy, row.expiresAt])
        return Int(db.lastInsertedRowID)
    }

    func useInvitation(_ id: Int, at: String) throws -> Bool {
        try db.execute(
            sql: "UPDATE invitation SET used_at = ? WHERE id = ? AND used_at IS NULL AND ended_at IS NULL",
            arguments: [at, id])
        return db.changesCount == 1
    }

    func endInvitations(member: String, at: String) throws -> Int {
        try db.execute(
            sql: "UPDATE invitation SET ended_at = ? WHERE member_id = ? AND used_at IS NULL AND ended_at IS NULL",
            arguments: [at, member])
        return db.changesCount
    }

    func insertAccessToken(_ row: AccessTokenRow) throws -> Int {
        try db.execute(
            sql: """
                INSERT INTO access_token (member_id, label, token_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [row.member, row.label, row.tokenHash, row.createdAt, row.createdBy])
        return Int(db.lastInsertedRowID)
    }

    func revokeAccessTokens(member: String, at: String) throws -> Int {
        try db.execute(
            sql: "UPDATE access_token SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL",
            arguments: [at, member])
        return db.changesCount
    }

    func insertSession(_ row: SessionRow) throws {
        try db.execute(
            sql: "INSERT INTO session (id_hash, member_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
            arguments: [row.idHash, row.member, row.createdAt, row.lastSeenAt])
    }

    func touchSession(hash: String, at: String) throws -> Bool {
        try db.execute(
            sql: "UPDATE session SET last_seen_at = ? WHERE id_hash = ? AND ended_at IS NULL", arguments: [at, hash])
        return db.changesCount == 1
    }

    func endSession(hash: String, at: String) throws -> Bool {
        try db.execute(
            sql: "UPDATE session SET ended_at = ? WHERE id_hash = ? AND ended_at IS NULL", arguments: [at, hash])
        return db.changesCount == 1
    }

    func endSessions(member: String, at: String) throws -> Int {
        try db.execute(
            sql: "UPDATE session SET ended_at = ? WHERE member_id = ? AND ended_at IS NULL", arguments: [at, member])
        return db.changesCount
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Foundation
import Testing

@testable import CounterpartStore

/// Accounts on both backends: invitations redeemed once, tokens until revoked, members
/// removed by an import locked out at once, and no secret ever stored in clear.
@Suite struct AccountDeskTests {
    typealias F = DeskFixtures
    static let start = "2026-11-02T00:00:00Z"

    func world(_ backend: DeskBackend) throws -> DeskWorld { try backend.make(roster: F.roster()) }

    /// Every account row of `member` and the events about them.
    func rows(_ world: DeskWorld, _ member: String) async throws -> AccountRowsSnapshot {
        try await world.storage.read { rows in
            AccountRowsSnapshot(
                account: try rows.account(member: member), invitations: try rows.invitations(member: member),
                tokens: try rows.accessTokens(member: member), sessions: try rows.sessions(member: member),
                events: try rows.events(subject: member, limit: 100))
        }
    }

    @Test(arguments: DeskBackend.allCases) func anInvitationIsRedeemedOnce(backend: DeskBackend) async throws {
        let world = try world(backend)
        let desk = world.accounts()
        let invitation = try await desk.invite("m-1", by: F.hotline)
        #expect(invitation.member == "m-1")
        #expect(invitation.expires == (try Timestamp("2026-11-05T00:00:00Z")))
        #expect(invitation.code.wholeMatch(of: /[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}/) != nil)
        // Typed in lower case, without the dash: the same code.
        let typed = invitation.code.lowercased().replacingOccurrences(of: "-", with: " ")
        let enrolment = try await desk.redeem("m-1", code: typed)
        #expect(enrolment.member == "m-1")
        try await desk.setPasswordHash(enrolment, hash: "$2b$12$example")
        let after = try await rows(world, "m-1")
        #expect(after.account?.passwordHash == "$2b$12$example")
        #expect(after.account?.enrolledAt == Self.start)
        #expect(after.invitations.map(\.usedAt) == [Self.start])
        #expect(
            Array(after.events.map(\.text).reversed()) == [
                "invited to enrol, code valid until 2026-11-05T00:00:00Z", "enrolment code used", "password set",
            ])
        #expect(after.events.allSatisfy { $0.incident == nil && $0.subject == "m-1" })
        // Used: refused, nothing changes.
        await #expect(throws: Self.rejected) { try await desk.redeem("m-1", code: invitation.code) }
        #expect(try await rows(world, "m-1") == after)
    }

    @Test(arguments: DeskBackend.allCases) func enrollingSetsThePasswordWithTheCodeOrNotAtAll(backend: DeskBackend)
        async throws
    {
        let world = try world(backend)
        let desk = world.accounts()
        let invitation = try await desk.invite("m-1", by: F.hotline)
        let before = try await rows(world, "m-1")
        await #expect(throws: OperationsError.self) {
            try await desk.enrol("m-1", code: invitation.code, passwordHash: "")
        }
        await #expect(throws: Self.rejected) { try await desk.enrol("m-1", code: "AAAAAAAAAA", passwordHash: "h") }
        #expect(try await rows(world, "m-1") == before)
        try await desk.enrol("m-1", code: invitation.code, passwordHash: "$2b$12$hash")
        let after = try await rows(world, "m-1")
        #expect(after.account?.passwordHash == "$2b$12$hash" && after.invitations[0].usedAt == Self.start)
        await #expect(throws: Self.rejected) { try await desk.enrol("m-1", code: invitation.code, passwordHash: "x") }
        #expect(try await rows(world, "m-1").account?.passwordHash == "$2b$12$hash")
    }

    static let rejected = OperationsError.invalid([
        Problem(field: "code", rule: "rejected", message: "the code is wrong, used or expired")
    ])

    @Test(arguments: DeskBackend.allCases) func wrongAndExpiredCodesAreRefusedAndChangeNothing(backend: DeskBackend)
        async throws
    {
        let world = try world(backend)
        let invitation = try await world.accounts().invite("m-1", validHours: 24, by: F.hotline)
        _ = try await world.accounts().invite("p-1", by: F.hotline)
        let before = try await rows(world, "m-1")
        let desk = world.accounts()
        await #expect(throws: Self.rejected) { try await desk.redeem("m-1", code: "AAAAA-AAAAA") }
        await #expect(throws: Self.rejected) { try await desk.redeem("p-1", code: invitation.code) }
        await #expect(throws: Self.rejected) { try await desk.redeem("nobody", code: invitation.code) }
        let late = world.accounts(at: "2026-11-03T00:00:01Z")
        await #expect(throws: Self.rejected) { try await late.redeem("m-1", code: invitation.code) }
        #expect(try await rows(world, "m-1") == before)
        // On the last second it still works.
        _ = try await world.accounts(at: "2026-11-03T00:00:00Z").redeem("m-1", code: invitation.code)
    }

    @Test(arguments: DeskBackend.allCases) func aSecondInvitationReplacesTheFirst(backend: DeskBackend) async throws {
        let world = try world(backend)
        let desk = world.accounts()
        let first = try await desk.invite("m-1", by: F.hotline)
        let second = try await desk.invite("m-1", by: F.hotline)
        #expect(first.code != second.code)
        await #expect(throws: Self.rejected) { try await desk.redeem("m-1", code: first.code) }
        _ = try await desk.redeem("m-1", code: second.code)
        let after = try await rows(world, "m-1")
        #expect(after.invitations.map(\.endedAt) == [Self.start, nil])
        #expect(after.events.first?.text == "enrolment code used")
    }

    @Test(arguments: DeskBackend.allCases) func onlyMembersOfTheRosterAreInvited(backend: DeskBackend) async throws {
        let world = try world(backend)
        let desk = world.accounts()
        await #expect(throws: OperationsError.unknownMember("s-1")) { try await desk.invite("s-1", by: F.hotline) }
        await #expect(throws: OperationsError.unknownMember("nobody")) {
            try await desk.issueToken("nobody", label: "script", by: F.hotline)
        }
        await #expect(throws: OperationsError.unknownMember("nobody")) {
            try await desk.revoke("nobody", by: F.hotline)
        }
        await #expect(throws: OperationsError.self) { try await desk.invite("m-1", validHours: 0, by: F.hotline) }
        await #expect(throws: OperationsError.self) { try await desk.issueToken("m-1", label: "  ", by: F.hotline) }
        #expect(try await rows(world, "m-1") == AccountRowsSnapshot())
        let empty = try DeskBackend.inMemory.make(roster: nil)
        await #expect(throws: OperationsError.noRoster) { try await empty.accounts().invite("m-1", by: F.hotline) }
    }

    @Test(arguments: DeskBackend.allCases) func tokensAuthenticateUntilRevoked(backend: DeskBackend) async throws {
        let world = try world(backend)
        let desk = world.accounts()
        let issued = try await desk.issueToken("p-1", label: "nightly sitrep", by: F.hotline)
        let other = try await desk.issueToken("p-1", label: "second", by: F.hotline)
        #expect(issued.token.count == 64 && issued.token != other.token)
        #expect(try await desk.authenticate(token: issued.token)?.name == "県庁 花子")
        #expect(try await desk.authenticate(token: other.token)?.id == "p-1")
        #expect(try await desk.authenticate(token: "not a token") == nil)
        _ = try await desk.invite("p-1", by: F.hotline)
        try await world.storage.write { rows in
            try rows.insertSession(
                SessionRow(
                    idHash: SHA256.hexDigest(of: "session"), member: "p-1", createdAt: Self.start,
                    lastSeenAt: Self.start))
        }
        let revocation = try await desk.revoke("p-1", by: F.hotline)
        #expect(revocation == AccountDesk.Revocation(member: "p-1", tokens: 2, sessions: 1, invitations: 1))
        #expect(try await desk.authenticate(token: issued.token) == nil)
        #expect(try await desk.authenticate(token: other.token) == nil)
        let after = try await rows(world, "p-1")
        #expect(after.sessions.map(\.endedAt) == [Self.start])
        #expect(after.events.first?.text == "access revoked: 2 tokens, 1 sessions, 1 codes ended")
        // A new token after the revocation works.
        let again = try await desk.issueToken("p-1", label: "new", by: F.hotline)
        #expect(try await desk.authenticate(token: again.token)?.id == "p-1")
    }

    @Test(arguments: DeskBackend.allCases) func aMemberRemovedByAnImportNoLongerAuthenticates(backend: DeskBackend)
        async throws
    {
        let world = try world(backend)
        let desk = world.accounts()
        let issued = try await desk.issueToken("m-1", label: "script", by: F.hotline)
        let invitation = try await desk.invite("m-1", by: F.hotline)
        #expect(try await desk.authenticate(token: issued.token)?.id == "m-1")
        var later = F.roster()
        later.members.removeAll { $0.id == "m-1" }
        try world.importRoster(later)
        #expect(try await desk.authenticate(token: issued.token) == nil)
        await #expect(throws: Self.rejected) { try await desk.redeem("m-1", code: invitation.code) }
        await #expect(throws: OperationsError.unknownMember("m-1")) {
            try await desk.issueToken("m-1", label: "script", by: F.hotline)
        }
        // Their access can still be revoked, for good.
        #expect(try await desk.revoke("m-1", by: F.hotline).tokens == 1)
    }

    @Test(arguments: DeskBackend.allCases) func secretsAreNeverStoredInClear(backend: DeskBackend) async throws {
        let world = try world(backend)
        let desk = world.accounts()
        let invitation = try await desk.invite("m-1", by: F.hotline)
        let issued = try await desk.issueToken("m-1", label: "script", by: F.hotline)
        let plainCode = invitation.code.replacingOccurrences(of: "-", with: "")
        let secrets = [invitation.code, plainCode, issued.token]
        let hashes = [SHA256.hexDigest(of: plainCode), SHA256.hexDigest(of: issued.token)]
        let stored: Data
        if let store = world.store, store.sqliteFile == nil {
            stored = Data(try store.everyRowAsText().utf8)
        } else if let sqlite = world.store {
            stored = [sqlite.path, sqlite.path + "-wal"].reduce(into: Data()) { bytes, path in
                bytes += FileManager.default.contents(atPath: path) ?? Data()
            }
        } else {
            stored = Data(String(describing: (world.storage as! InMemoryStorage).snapshot()).utf8)
        }
        for hash in hashes { #expect(stored.range(of: Data(hash.utf8)) != nil) }
        for secret in secrets { #expect(stored.range(of: Data(secret.utf8)) == nil) }
    }
}

/// What the store holds about one member's account.
struct AccountRowsSnapshot: Equatable, Sendable {
    var account: AccountRow?
    var invitations: [InvitationRow] = []
    var tokens: [AccessTokenRow] = []
    var sessions: [SessionRow] = []
    var events: [EventRow] = []
}

extension DeskWorld {
    /// The account desk over this store on a fixed clock, hashing with the store's SHA-256.
    func accounts(at time: String = AccountDeskTests.start) -> AccountDesk {
        AccountDesk(
            storage: storage, clock: .fixed(try! Timestamp(time)), digest: SecretDigest { SHA256.hexDigest(of: $0) })
    }
}

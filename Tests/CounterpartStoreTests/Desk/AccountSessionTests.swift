import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Foundation
import Testing

/// Signing in, sessions and the lock after repeated failures, on both backends. The password
/// check is the server's (bcrypt); here a stand-in that compares `hash:` + password.
@Suite struct AccountSessionTests {
    typealias F = DeskFixtures

    static let verify: @Sendable (String, String) -> Bool = { hash, password in hash == "hash:" + password }

    /// A world where m-1 has enrolled with the password "correct horse".
    func enrolled(_ backend: DeskBackend) async throws -> DeskWorld {
        let world = try backend.make(roster: F.roster())
        let desk = world.accounts()
        let invitation = try await desk.invite("m-1", by: F.hotline)
        try await desk.enrol("m-1", code: invitation.code, passwordHash: "hash:correct horse")
        return world
    }

    @Test(arguments: DeskBackend.allCases) func aMemberSignsInAndOut(backend: DeskBackend) async throws {
        let world = try await enrolled(backend)
        let desk = world.accounts()
        let outcome = try await desk.signIn("m-1", password: "correct horse", dummyHash: "x", verify: Self.verify)
        guard case .signedIn(let session, let member, let csrf) = outcome else { throw Failure(outcome) }
        #expect(member.id == "m-1" && csrf == desk.csrfToken(ofSession: session) && csrf != session)
        #expect(try await desk.member(ofSession: session)?.id == "m-1")
        #expect(try await desk.signOut(session: session))
        #expect(try await desk.member(ofSession: session) == nil)
        #expect(try await desk.signOut(session: session) == false)
    }

    @Test(arguments: DeskBackend.allCases) func aWrongMemberAndAWrongPasswordGetTheSameAnswer(backend: DeskBackend)
        async throws
    {
        let world = try await enrolled(backend)
        let desk = world.accounts()
        let checked = Checked()
        let counting: @Sendable (String, String) -> Bool = { hash, password in
            checked.add(hash)
            return Self.verify(hash, password)
        }
        #expect(
            try await desk.signIn("nobody", password: "correct horse", dummyHash: "dummy", verify: counting) == .refused
        )
        #expect(try await desk.signIn("m-1", password: "wrong", dummyHash: "dummy", verify: counting) == .refused)
        // p-1 has no account.
        #expect(try await desk.signIn("p-1", password: "x", dummyHash: "dummy", verify: counting) == .refused)
        // The check ran once for each, on the dummy hash when there was nothing to check.
        #expect(checked.hashes == ["dummy", "hash:correct horse", "dummy"])
    }

    @Test(arguments: DeskBackend.allCases) func tenFailuresLockSignInForTheWindow(backend: DeskBackend) async throws {
        let world = try await enrolled(backend)
        for _ in 0..<AccountDesk.failuresAllowed {
            #expect(
                try await world.accounts().signIn("m-1", password: "guess", dummyHash: "x", verify: Self.verify)
                    == .refused)
        }
        // Locked: even the right password is refused while the window lasts.
        let locked = try await world.accounts(at: "2026-11-02T00:14:00Z")
            .signIn("m-1", password: "correct horse", dummyHash: "x", verify: Self.verify)
        #expect(locked == .tooManyAttempts)
        let later = try await world.accounts(at: "2026-11-02T00:16:00Z")
            .signIn("m-1", password: "correct horse", dummyHash: "x", verify: Self.verify)
        guard case .signedIn = later else { throw Failure(later) }
    }

    @Test(arguments: DeskBackend.allCases) func sessionsEndWhenIdleOrOldOrTheMemberIsGone(backend: DeskBackend)
        async throws
    {
        let world = try await enrolled(backend)
        func signIn(at time: String) async throws -> String {
            let outcome = try await world.accounts(at: time)
                .signIn("m-1", password: "correct horse", dummyHash: "x", verify: Self.verify)
            guard case .signedIn(let session, _, _) = outcome else { throw Failure(outcome) }
            return session
        }
        let idle = try await signIn(at: "2026-11-02T00:00:00Z")
        #expect(try await world.accounts(at: "2026-11-02T11:59:00Z").member(ofSession: idle)?.id == "m-1")
        #expect(try await world.accounts(at: "2026-11-02T23:58:00Z").member(ofSession: idle)?.id == "m-1")
        #expect(try await world.accounts(at: "2026-11-03T12:00:01Z").member(ofSession: idle) == nil)  // 12 h unused
        let old = try await signIn(at: "2026-11-02T00:00:00Z")
        // Used every 11 hours, it lasts until 7 days after it began, and no longer.
        let start = try Timestamp("2026-11-02T00:00:00Z").secondsSinceEpoch
        for hours in stride(from: 11, through: 165, by: 11) {
            let time = Timestamp(secondsSinceEpoch: start + Int64(hours) * 3600).description
            #expect(try await world.accounts(at: time).member(ofSession: old)?.id == "m-1", "\(time)")
        }
        #expect(try await world.accounts(at: "2026-11-09T00:00:00Z").member(ofSession: old) == nil)
        let fresh = try await signIn(at: "2026-11-02T00:00:00Z")
        var without = F.roster()
        without.members.removeAll { $0.id == "m-1" }
        try world.importRoster(without)
        #expect(try await world.accounts(at: "2026-11-02T00:01:00Z").member(ofSession: fresh) == nil)
    }

    struct Failure: Error {
        let outcome: AccountDesk.SignIn
        init(_ outcome: AccountDesk.SignIn) { self.outcome = outcome }
    }

    /// The hashes a check was run on, in order.
    final class Checked: @unchecked Sendable {
        private let lock = NSLockLike()
        private(set) var hashes: [String] = []
        func add(_ hash: String) { lock.with { hashes.append(hash) } }
    }
}

/// A tiny lock for the test's counter (Synchronization's Mutex needs a noncopyable owner).
final class NSLockLike: @unchecked Sendable {
    private var locked = pthread_mutex_t()
    init() { pthread_mutex_init(&locked, nil) }
    func with<Value>(_ body: () -> Value) -> Value {
        pthread_mutex_lock(&locked)
        defer { pthread_mutex_unlock(&locked) }
        return body()
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartRosterImport
import CounterpartServer
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Enrolment, sign-in, sessions, sign-out, the CSRF rule and lockout, over HTTP.
@Suite struct SessionTests {
    static let password = "kaigan-sen-2027"

    /// Invites `who` and enrols them with ``password``; returns the session cookie and CSRF token.
    static func signedIn(_ harness: ServerHarness, _ client: any TestClientProtocol, _ who: ServerHarness.Who)
        async throws -> (cookie: String, csrf: String)
    {
        let invitation = try await harness.accounts.invite(MemberID(who.rawValue), by: .operatingSystemUser("test"))
        let enrolled = try await client.call(
            .post, "/api/v1/enrol", as: nil,
            json: #"{"member":"\#(who.rawValue)","code":"\#(invitation.code)","password":"\#(password)"}"#)
        #expect(enrolled.status == .ok)
        let signed = try await client.call(
            .post, "/api/v1/session", as: nil, json: #"{"member":"\#(who.rawValue)","password":"\#(password)"}"#)
        #expect(signed.status == .ok)
        let setCookie = try #require(signed.headers[.setCookie])
        let cookie = String(setCookie.split(separator: ";")[0])
        let csrf = try #require(signed.object["csrfToken"] as? String)
        return (cookie, csrf)
    }

    @Test func enrolmentTakesTheCodeOnceAndAPasswordOfTwelveCharacters() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let invitation = try await harness.accounts.invite(MemberID("m-382035-1"), by: .operatingSystemUser("test"))
            let short = try await client.call(
                .post, "/api/v1/enrol", as: nil,
                json: #"{"member":"m-382035-1","code":"\#(invitation.code)","password":"short"}"#)
            #expect(short.status == .badRequest)
            #expect(short.errorCode == "invalid")
            let wrong = try await client.call(
                .post, "/api/v1/enrol", as: nil,
                json: #"{"member":"m-382035-1","code":"AAAAA-AAAAA","password":"\#(Self.password)"}"#)
            #expect(wrong.status == .badRequest)
            #expect(wrong.errorMessage?.contains("招待コード") == true)
            // The refused attempts left the code usable.
            let good = try await client.call(
                .post, "/api/v1/enrol", as: nil,
                json: #"{"member":"m-382035-1","code":"\#(invitation.code)","password":"\#(Self.password)"}"#)
            #expect(good.status == .ok)
            #expect(good.object["member"] as? String == "m-382035-1")
            let again = try await client.call(
                .post, "/api/v1/enrol", as: nil,
                json: #"{"member":"m-382035-1","code":"\#(invitation.code)","password":"another-password-1"}"#)
            #expect(again.status == .badRequest, "a used code")
            // The password is the first one.
            let signed = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382035-1","password":"\#(Self.password)"}"#)
            #expect(signed.status == .ok)
        }
    }

    @Test func signInSetsAStrictHttpOnlyCookieAndAnswersWhoIsSignedIn() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let invitation = try await harness.accounts.invite(MemberID("m-382019-1"), by: .operatingSystemUser("test"))
            _ = try await client.call(
                .post, "/api/v1/enrol", as: nil,
                json: #"{"member":"m-382019-1","code":"\#(invitation.code)","password":"\#(Self.password)"}"#)
            let signed = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382019-1","password":"\#(Self.password)"}"#)
            #expect(signed.status == .ok)
            #expect(signed.object["member"] as? String == "m-382019-1")
            #expect(signed.object["role"] as? String == "vice-mayor")
            #expect((signed.object["municipality"] as? [String: Any])?["name"] as? String == "松山市")
            let setCookie = try #require(signed.headers[.setCookie])
            #expect(setCookie.hasPrefix("counterpart_session="))
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            #expect(!setCookie.contains("Secure"), "plain HTTP: no Secure flag")
            let cookie = String(setCookie.split(separator: ";")[0])
            let me = try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: cookie])
            #expect(me.status == .ok)
            #expect(me.object["name"] as? String != nil)
            #expect(me.object["csrfToken"] as? String == signed.object["csrfToken"] as? String)
        }
    }

    @Test func stateChangingRequestsWithACookieNeedTheCSRFToken() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let (cookie, csrf) = try await Self.signedIn(harness, client, .hq)
            let body = #"{"name":"豪雨","start":"2027-01-18","affected":["382035"]}"#
            let before = try await harness.fingerprint()
            let without = try await client.call(
                .post, "/api/v1/incidents", as: nil, json: body, headers: [.cookie: cookie])
            #expect(without.status == .forbidden)
            #expect(without.errorCode == "forbidden")
            let wrong = try await client.call(
                .post, "/api/v1/incidents", as: nil, json: body,
                headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: String(csrf.reversed())])
            #expect(wrong.status == .forbidden)
            #expect(try await harness.fingerprint() == before, "refused: nothing changed")
            let right = try await client.call(
                .post, "/api/v1/incidents", as: nil, json: body,
                headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf])
            #expect(right.status == .created)
            // Reading needs no token; bearer requests need none either.
            let read = try await client.call(.get, "/api/v1/incidents", as: nil, headers: [.cookie: cookie])
            #expect(read.status == .ok)
            let bearer = try await harness.call(client, .post, "/api/v1/incidents", as: .hq, json: body)
            #expect(bearer.status == .created)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let (cookie, csrf) = try await Self.signedIn(harness, client, .hit)
            let out = try await client.call(
                .delete, "/api/v1/session", as: nil, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf])
            #expect(out.status == .noContent)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            let me = try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: cookie])
            #expect(me.status == .unauthorized)
            #expect(me.errorCode == "unauthenticated")
        }
    }

    @Test func aWrongMemberAndAWrongPasswordGetTheSameAnswer() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            _ = try await Self.signedIn(harness, client, .hit)
            let wrongPassword = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382035-1","password":"not-the-password"}"#)
            let wrongMember = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-999999-9","password":"not-the-password"}"#)
            let notEnrolled = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382019-2","password":"not-the-password"}"#)
            for answer in [wrongPassword, wrongMember, notEnrolled] {
                #expect(answer.status == .unauthorized)
                #expect(answer.text == wrongPassword.text)
                #expect(answer.headers[.setCookie] == nil)
            }
        }
    }

    @Test func tenFailuresLockTheMemberForFifteenMinutes() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            _ = try await Self.signedIn(harness, client, .hit)
            for attempt in 1...10 {
                let failed = try await client.call(
                    .post, "/api/v1/session", as: nil, json: #"{"member":"m-382035-1","password":"wrong-\#(attempt)"}"#)
                #expect(failed.status == .unauthorized, "attempt \(attempt)")
            }
            let locked = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382035-1","password":"\#(Self.password)"}"#)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.errorCode == "too-many-requests")
            // Another member is not locked.
            _ = try await Self.signedIn(harness, client, .supplier)
            harness.advance(seconds: 15 * 60 + 1)
            let open = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382035-1","password":"\#(Self.password)"}"#)
            #expect(open.status == .ok)
        }
    }

    @Test func sessionsEndWhenIdleTwelveHoursOrSevenDaysAfterTheyBegan() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let (idle, _) = try await Self.signedIn(harness, client, .hit)
            harness.advance(seconds: 12 * 3600 - 60)
            #expect(try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: idle]).status == .ok)
            harness.advance(seconds: 12 * 3600)
            #expect(
                try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: idle]).status == .unauthorized)

            let (busy, _) = try await Self.signedIn(harness, client, .supplier)
            for _ in 0..<15 {
                harness.advance(seconds: 11 * 3600)
                #expect(try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: busy]).status == .ok)
            }
            harness.advance(seconds: 11 * 3600)  // 176 hours: past 7 days
            #expect(
                try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: busy]).status == .unauthorized)
        }
    }

    @Test func aSessionsUseIsWrittenDownAtMostOnceAMinute() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let (cookie, _) = try await Self.signedIn(harness, client, .hit)
            let lastSeen: @Sendable () async throws -> [String] = {
                try await harness.store.read { rows in try rows.sessions(member: "m-382035-1").map(\.lastSeenAt) }
            }
            let signedInAt = try await lastSeen()
            harness.advance(seconds: 30)
            #expect(try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: cookie]).status == .ok)
            #expect(try await lastSeen() == signedInAt, "a read 30 s later writes nothing")
            harness.advance(seconds: 31)
            #expect(try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: cookie]).status == .ok)
            #expect(try await lastSeen() == ["2027-01-18T00:01:01Z"])
        }
    }

    @Test func aRevokedTokenAndARemovedMemberStopAtOnce() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let (cookie, _) = try await Self.signedIn(harness, client, .hit)
            #expect(try await harness.call(client, .get, "/api/v1/me", as: .supplier).status == .ok)
            _ = try await harness.accounts.revoke(MemberID("m-382019-1"), by: .operatingSystemUser("test"))
            #expect(try await harness.call(client, .get, "/api/v1/me", as: .supplier).status == .unauthorized)

            // An import that leaves m-382035-1 out of the roster.
            let original = try String(contentsOfFile: ServerHarness.rosterPath, encoding: .utf8)
            let without = original.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains(#"<member id="m-382035-1""#) }.joined(separator: "\n")
            #expect(without != original)
            _ = try RosterImporter(
                store: harness.store, actor: .operatingSystemUser("test"), time: harness.desk.clock.now()
            )
            .importRosters([.upload(name: "roster.xml", bytes: Array(without.utf8))], isDryRun: false)
            #expect(try await harness.call(client, .get, "/api/v1/me", as: .hit).status == .unauthorized)
            #expect(
                try await client.call(.get, "/api/v1/me", as: nil, headers: [.cookie: cookie]).status == .unauthorized)
            let signIn = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"m-382035-1","password":"\#(Self.password)"}"#)
            #expect(signIn.status == .unauthorized)
        }
    }

    @Test func theServerHashesWithBcryptAtCostTwelveByDefault() {
        let hashing = PasswordHashing()
        #expect(hashing.cost == 12)
        #expect(hashing.dummyHash.hasPrefix("$2b$12$") || hashing.dummyHash.hasPrefix("$2a$12$"))
    }
}

/// A wrong member costs the time of a wrong password: both check one bcrypt hash. Timed in
/// pairs (a wrong member, then a wrong password, one after the other) so that both of a pair
/// meet the same load of a busy machine — the rest of the suite runs beside this test — and the
/// median of the pairs' ratios compared; a round spoiled by load is measured again (3 rounds).
@Suite(.serialized) struct SignInTimingTests {
    /// Seconds of a duration.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test func aWrongMemberAndAWrongPasswordTakeTheSameTimeWithinTwentyPercent() async throws {
        let harness = try await ServerHarness.make(passwords: PasswordHashing(cost: 10))
        defer { harness.remove() }
        let ratios = try await harness.run { client -> [Double] in
            _ = try await SessionTests.signedIn(harness, client, .hit)
            let clock = ContinuousClock()
            var medians: [Double] = []
            for _ in 0..<3 {
                var ratios: [Double] = []
                for pair in 0..<9 {
                    // Each failure counts towards the lockout: keep below it.
                    if pair % 4 == 3 { harness.advance(seconds: 16 * 60) }
                    let member = try await clock.measure {
                        let answer = try await client.call(
                            .post, "/api/v1/session", as: nil,
                            json: #"{"member":"m-999999-9","password":"wrong-one-1"}"#)
                        #expect(answer.status == .unauthorized)
                    }
                    let password = try await clock.measure {
                        let answer = try await client.call(
                            .post, "/api/v1/session", as: nil,
                            json: #"{"member":"m-382035-1","password":"wrong-one-1"}"#)
                        #expect(answer.status == .unauthorized)
                    }
                    ratios.append(Self.seconds(member) / Self.seconds(password))
                }
                let median = ratios.sorted()[4]
                medians.append(median)
                if median > 0.8 && median < 1.2 { break }
                harness.advance(seconds: 16 * 60)
            }
            return medians
        }
        #expect(ratios.contains { $0 > 0.8 && $0 < 1.2 }, "median ratios wrong member / wrong password: \(ratios)")
    }
}

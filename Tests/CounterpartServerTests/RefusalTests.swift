import CounterpartCore
import CounterpartOperations
import CounterpartServer
import Foundation
import HTTPTypes
import Testing

/// Every way the server refuses, as API.md words it: 401 without working credentials, 404
/// for ids that are not, 400 and 422 `invalid` naming the field, 413 past the body limit,
/// 409 for what no longer holds; messages in Japanese or English; nothing of the disk in
/// an error; and a refused request changes nothing.
@Suite struct RefusalTests {
    // MARK: 401

    /// The credentials a request may come with that prove nobody.
    enum BadCredential: String, CaseIterable, Sendable {
        case none, wrongToken, revokedToken, unknownSessionCookie, malformedAuthorization
    }

    /// Routes answered without signing in.
    static let publicRoutes: Set<String> = [
        "GET /healthz", "GET /api/v1/openapi.json", "POST /api/v1/session", "POST /api/v1/enrol",
    ]

    /// Every route that needs a member, with ids of the fixture in its path and a body that
    /// headquarters could give.
    static func signedInRoutes(_ fixture: MatrixFixture) throws -> [(HTTPRequest.Method, String, String?)] {
        try HotlineRoutes.all.filter { !publicRoutes.contains("\($0.method) \($0.path)") }.map { route in
            let path = route.path.replacingOccurrences(of: "{incident}", with: fixture.incident.description)
                .replacingOccurrences(of: "{request}", with: fixture.ownRequest.description)
                .replacingOccurrences(of: "{plan}", with: fixture.plan)
                .replacingOccurrences(of: "{assignment}", with: fixture.matsuyamaAssignment.description)
                .replacingOccurrences(of: "{notice}", with: fixture.groupBNotice.description)
            return (route.method, path, try body(route.method, route.path, fixture))
        }
    }

    /// A body headquarters could send to `method path`.
    static func body(_ method: HTTPRequest.Method, _ path: String, _ fixture: MatrixFixture) throws -> String? {
        guard method != .get, method != .delete else { return nil }
        switch path {
        case "/api/v1/incidents": return #"{"name":"東予地震","start":"2027-01-20","affected":["西条市"]}"#
        case "/api/v1/incidents/{incident}/close": return #"{"force":true}"#
        case "/api/v1/incidents/{incident}/affected": return #"{"codes":["382027"]}"#
        case "/api/v1/incidents/{incident}/requests": return fileBody()
        case "/api/v1/requests/{request}": return #"{"headcount":9}"#
        case "/api/v1/requests/{request}/cancel": return #"{"reason":"取り下げ"}"#
        case "/api/v1/assignments/{assignment}/answer": return #"{"action":"confirm"}"#
        case "/api/v1/answers":
            return #"{"answers":[{"assignment":"\#(fixture.matsuyamaAssignment)","action":"confirm"}]}"#
        case "/api/v1/acks": return #"{"items":["\#(fixture.ownRequest)"]}"#
        case "/api/v1/notices": return #"{"title":"お知らせ","body":"本文"}"#
        case "/api/v1/roster/imports": return try ServerHarness.fullRosterChangingAPhone()
        default: return "{}"
        }
    }

    /// A request of 宇和島市 with `fields` replaced or added (`nil` removes one).
    static func fileBody(_ fields: [String: String?] = [:]) -> String {
        var all: [(String, String)] = [
            ("municipality", #""宇和島市""#), ("category", #""給水""#), ("headcount", "2"),
            ("from", #""2027-01-18""#), ("to", #""2027-01-20""#), ("priority", #""high""#),
        ]
        for (key, value) in fields {
            all.removeAll { $0.0 == key }
            if let value { all.append((key, value)) }
        }
        return "{" + all.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    @Test(arguments: BadCredential.allCases)
    func everyRouteButThePublicOnesAnswers401WithoutWorkingCredentials(_ credential: BadCredential) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        let routes = try Self.signedInRoutes(fixture)
        #expect(routes.count == HotlineRoutes.all.count - 4)
        var headers: HTTPFields = [:]
        var token: String?
        switch credential {
        case .none: break
        case .wrongToken: token = "cp_" + String(repeating: "0", count: 40)
        case .revokedToken:
            token = harness.tokens[.hq]
            _ = try await harness.accounts.revoke(
                MemberID(ServerHarness.Who.hq.rawValue), by: .operatingSystemUser("test"))
        case .unknownSessionCookie: headers[.cookie] = "counterpart_session=0123456789abcdef"
        case .malformedAuthorization: headers[.authorization] = "Basic aHEtMTpwYXNzd29yZA=="
        }
        let before = try await harness.fingerprint()
        let rosterBefore = try await harness.rosterFingerprint()
        try await harness.run { [headers, token] client in
            for (method, path, body) in routes {
                var sent = headers
                if path == "/api/v1/roster/imports" { sent[.contentType] = "application/xml" }
                let answer = try await client.call(method, path, as: token, json: body, headers: sent)
                let route = "\(method) \(path) with \(credential)"
                #expect(answer.status == .unauthorized, "\(route): \(answer.text)")
                ErrorShape.expect(answer, code: "unauthenticated", route)
                #expect(answer.headers[.wwwAuthenticate] == "Bearer", "\(route)")
            }
        }
        #expect(try await harness.fingerprint() == before)
        #expect(try await harness.rosterFingerprint() == rosterBefore)
    }

    @Test func thePublicRoutesAnswerWithoutSigningIn() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            #expect(try await client.call(.get, "/healthz", as: nil).status == .ok)
            #expect(try await client.call(.get, "/api/v1/openapi.json", as: nil).status == .ok)
            let signIn = try await client.call(
                .post, "/api/v1/session", as: nil, json: #"{"member":"hq-1","password":"wrong-password-1"}"#)
            #expect(signIn.status == .unauthorized)
            ErrorShape.expect(signIn, code: "unauthenticated", "a wrong password")
        }
    }

    // MARK: 404

    /// Ids that name nothing: of the right kind but not stored, zero, another kind, no id.
    static let missingIDs: [String: [String]] = [
        "{incident}": ["I999", "I0", "R1", "abc"],
        "{request}": ["R999", "R0", "I1", "abc"],
        "{plan}": ["P999", "P0", "abc"],
        "{assignment}": ["A999", "A0", "abc"],
        "{notice}": ["N999", "N0", "abc"],
    ]

    @Test(arguments: ["{incident}", "{request}", "{plan}", "{assignment}", "{notice}"])
    func idsThatDoNotExistOrAreMalformedAnswer404(_ parameter: String) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        let routes = HotlineRoutes.all.filter { $0.path.contains(parameter) }
        try #require(!routes.isEmpty)
        let before = try await harness.fingerprint()
        try await harness.run { client in
            for route in routes {
                for id in Self.missingIDs[parameter] ?? [] {
                    let path = route.path.replacingOccurrences(of: parameter, with: id)
                    let answer = try await harness.call(
                        client, route.method, path, as: .hq, json: try Self.body(route.method, route.path, fixture))
                    #expect(answer.status == .notFound, "\(route.method) \(path): \(answer.text)")
                    ErrorShape.expect(answer, code: "not-found", "\(route.method) \(path)")
                }
            }
        }
        #expect(try await harness.fingerprint() == before)
    }

    @Test func idsInBodiesThatDoNotExistAnswer404() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let before = try await harness.fingerprint()
        try await harness.run { client in
            for (path, body) in [
                ("/api/v1/acks", #"{"items":["R999"]}"#),
                ("/api/v1/answers", #"{"answers":[{"assignment":"A999","action":"confirm"}]}"#),
                ("/api/v1/notices", #"{"title":"t","body":"b","incident":"I999"}"#),
            ] {
                let answer = try await harness.call(client, .post, path, as: .hq, json: body)
                #expect(answer.status == .notFound, "\(path) \(body): \(answer.text)")
                ErrorShape.expect(answer, code: "not-found", "\(path) \(body)")
            }
            let followup = try await harness.call(client, .get, "/api/v1/followup?incident=I999", as: .hq)
            #expect(followup.status == .notFound)
            ErrorShape.expect(followup, code: "not-found", "followup of I999")
        }
        #expect(try await harness.fingerprint() == before)
    }

    // MARK: 400 and 422

    /// A body that cannot be read as the operation's: the status, and the field problems name.
    struct BadBody: Sendable, CustomTestStringConvertible {
        var what: String
        var method: HTTPRequest.Method = .post
        var path: String
        var body: String
        var status: Int
        /// The field a problem names (`nil`: the body as a whole).
        var field: String?
        /// Words the Japanese message holds.
        var mentions: [String] = []

        var testDescription: String { "\(what) → \(status) \(field ?? "(body)")" }
    }

    static let badBodies: [BadBody] = [
        BadBody(what: "not JSON", path: "/api/v1/incidents/I1/requests", body: #"{"municipality":"#, status: 400),
        BadBody(what: "JSON of the wrong shape", path: "/api/v1/incidents/I1/requests", body: "[1,2]", status: 400),
        BadBody(
            what: "headcount a string", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["headcount": #""three""#]), status: 400, field: "headcount", mentions: ["人数"]),
        BadBody(
            what: "category missing", path: "/api/v1/incidents/I1/requests", body: fileBody(["category": nil]),
            status: 400, field: "category", mentions: ["業務区分"]),
        BadBody(
            what: "affected not a list", path: "/api/v1/incidents",
            body: #"{"name":"地震","start":"2027-01-20","affected":"西条市"}"#, status: 400, field: "affected"),
        BadBody(
            what: "an answer without its action", path: "/api/v1/answers",
            body: #"{"answers":[{"assignment":"A1"}]}"#, status: 400, field: "answers[0].action"),
        BadBody(
            what: "force not a boolean", path: "/api/v1/incidents/I1/close", body: #"{"force":"yes"}"#, status: 400,
            field: "force"),
        BadBody(
            what: "headcount 0", path: "/api/v1/incidents/I1/requests", body: fileBody(["headcount": "0"]),
            status: 422, field: "headcount", mentions: ["人数"]),
        BadBody(
            what: "headcount 0 in a change", method: .patch, path: "/api/v1/requests/R1", body: #"{"headcount":0}"#,
            status: 422, field: "headcount"),
        BadBody(
            what: "to before from", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["from": #""2027-01-20""#, "to": #""2027-01-18""#]), status: 422, field: "to"),
        BadBody(
            what: "an impossible day", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["from": #""2027-02-30""#]), status: 422, field: "from"),
        BadBody(
            what: "an unknown category", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["category": #""給付""#]), status: 422, field: "category",
            mentions: ["給付", "避難所運営", "給水", "一般事務"]),
        BadBody(
            what: "an unknown municipality", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["municipality": #""東京都""#]), status: 422, field: "municipality", mentions: ["東京都"]),
        BadBody(
            what: "a municipality not affected", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["municipality": #""松山市""#]), status: 422, field: "municipality"),
        BadBody(
            what: "an unknown code to add", path: "/api/v1/incidents/I1/affected", body: #"{"codes":["999999"]}"#,
            status: 422, field: "codes[0]"),
        BadBody(
            what: "an unknown action", path: "/api/v1/assignments/A1/answer", body: #"{"action":"accept"}"#,
            status: 422, field: "action"),
        BadBody(
            what: "an unknown priority", path: "/api/v1/incidents/I1/requests",
            body: fileBody(["priority": #""urgent""#]), status: 422, field: "priority"),
    ]

    @Test(arguments: badBodies)
    func badBodiesAnswerInvalidNamingTheField(_ bad: BadBody) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let before = try await harness.fingerprint()
        let answer = try await harness.run { client in
            try await harness.call(client, bad.method, bad.path, as: .hq, json: bad.body)
        }
        #expect(answer.status.code == bad.status, "\(answer.text)")
        ErrorShape.expect(answer, code: "invalid", bad.what)
        let problems = (answer.object["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []
        #expect(!problems.isEmpty, "problems: \(answer.text)")
        if let field = bad.field {
            #expect(problems.contains { $0["field"] as? String == field }, "names \(field): \(answer.text)")
        }
        for word in bad.mentions {
            #expect(answer.errorMessage?.contains(word) == true, "mentions \(word): \(answer.text)")
        }
        #expect(try await harness.fingerprint() == before)
    }

    @Test func theUnknownCategoryNamesTheAllowedOnesInEnglishToo() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let answer = try await harness.run { client in
            try await harness.call(
                client, .post, "/api/v1/incidents/I1/requests", as: .hq, json: Self.fileBody(["category": #""給付""#]),
                headers: [.acceptLanguage: "en"])
        }
        #expect(answer.status.code == 422)
        let message = answer.errorMessage ?? ""
        for token in JobCategory.allCases.map(\.rawValue) {
            #expect(message.contains(token), "\(token) in \(message)")
        }
    }

    // MARK: 413

    @Test func aBodyOverOneMebibyteAnswers413AndChangesNothing() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let before = try await harness.fingerprint()
        let big = String(repeating: "あ", count: 400_000)  // 1.2 MB of UTF-8
        try await harness.run { client in
            for (path, body) in [
                ("/api/v1/notices", #"{"title":"大きい","body":"\#(big)"}"#),
                ("/api/v1/incidents/I1/requests", Self.fileBody(["note": "\"\(big)\""])),
                ("/api/v1/acks", #"{"items":["R1"],"padding":"\#(big)"}"#),
            ] {
                let answer = try await harness.call(client, .post, path, as: .hq, json: body)
                #expect(answer.status == .contentTooLarge, "\(path): \(answer.text.prefix(300))")
                ErrorShape.expect(answer, code: "too-large", path)
            }
            let english = try await harness.call(
                client, .post, "/api/v1/notices", as: .hq, json: #"{"title":"大きい","body":"\#(big)"}"#,
                headers: [.acceptLanguage: "en"])
            #expect(english.status == .contentTooLarge)
            #expect(english.errorMessage?.contains("1 MiB") == true)
        }
        #expect(try await harness.fingerprint() == before)
    }

    @Test func aRosterImportMayBeLargerThanOneMebibyte() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let padding = "<!-- " + String(repeating: "余白", count: 300_000) + " -->\n"
        let xml = try ServerHarness.fullRosterChangingAPhone() + padding
        #expect(xml.utf8.count > 1024 * 1024)
        let answer = try await harness.run { client in
            try await harness.call(
                client, .post, "/api/v1/roster/imports", as: .hq, json: xml,
                headers: [.contentType: "application/xml"])
        }
        #expect(answer.status == .ok, "\(answer.text.prefix(500))")
        let roster = try #require(try await harness.desk.roster())
        #expect(roster.members.first { $0.id.rawValue == "m-382035-2" }?.phone == "0895-99-9999")
    }

    // MARK: Languages and what errors never say

    @Test(arguments: [
        ("", false), ("en", true), ("en-US,en;q=0.9,ja;q=0.8", true), ("ja,en;q=0.5", false), ("fr", false),
        ("fr, en;q=0.7", true),
    ])
    func messagesAreJapaneseUnlessEnglishIsPreferred(_ acceptLanguage: String, _ isEnglish: Bool) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let headers: HTTPFields = acceptLanguage.isEmpty ? [:] : [.acceptLanguage: acceptLanguage]
        try await harness.run { client in
            let answers = [
                try await harness.call(client, .get, "/api/v1/incidents/I999", as: .hq, headers: headers),
                try await harness.call(client, .get, "/api/v1/incidents/I1", as: .outsider, headers: headers),
                try await harness.call(client, .post, "/api/v1/incidents/I1/plans", as: .hit, headers: headers),
                try await harness.call(client, .get, "/api/v1/me", as: nil, headers: headers),
                try await harness.call(
                    client, .post, "/api/v1/incidents/I1/requests", as: .hq, json: Self.fileBody(["headcount": "0"]),
                    headers: headers),
                try await harness.call(client, .get, "/api/v1/no-such-path", as: .hq, headers: headers),
            ]
            for answer in answers {
                let message = try #require(answer.errorMessage, "an error: \(answer.text)")
                #expect(ErrorShape.isJapanese(message) == !isEnglish, "\(acceptLanguage): \(message)")
                let problems = (answer.object["error"] as? [String: Any])?["problems"] as? [[String: Any]] ?? []
                for problem in problems {
                    let text = problem["message"] as? String ?? ""
                    #expect(ErrorShape.isJapanese(text) == !isEnglish, "\(acceptLanguage): problem \(text)")
                }
            }
        }
    }

    @Test func noErrorNamesAPathOfTheDisk() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let shipped = try ServerHarness.shippedRosterText()
        let rosters = [
            "<roster xmlns=\"urn:counterpart:roster:1\"",
            shipped.replacingOccurrences(of: "effective=\"2026-04-01\"", with: "effective=\"2025-04-01\""),
            shipped.replacingOccurrences(of: "prefecture=\"380008\"", with: "prefecture=\"370002\""),
            shipped.replacingOccurrences(of: "code=\"382035\" name=\"宇和島市\"", with: "code=\"382036\" name=\"宇和島市\""),
            try ServerHarness.municipalityRoster(ServerHarness.Code.uwajima).replacingOccurrences(
                of: "municipality=\"382035\" role=\"disaster-manager\"",
                with: "municipality=\"382019\" role=\"disaster-manager\""),
            "<!DOCTYPE roster SYSTEM \"file:///etc/passwd\"><roster/>",
        ]
        try await harness.run { client in
            var answers: [Answer] = []
            for xml in rosters {
                for language in ["ja", "en"] {
                    answers.append(
                        try await harness.call(
                            client, .post, "/api/v1/roster/imports", as: .hq, json: xml,
                            headers: [.contentType: "application/xml", .acceptLanguage: language]))
                }
            }
            answers.append(try await harness.call(client, .get, "/api/v1/incidents/%2Fetc%2Fpasswd", as: .hq))
            answers.append(try await harness.call(client, .post, "/api/v1/incidents", as: .hq, json: "{\"name\":"))
            for answer in answers {
                #expect(answer.status.code >= 400, "\(answer.text.prefix(300))")
                #expect(answer.errorCode != nil, "\(answer.text.prefix(300))")
                for path in [harness.folder.path, "/work/", ".swift", "/tmp/", "/private/", ".sqlite", "staging"] {
                    #expect(!answer.text.contains(path), "\(path) in \(answer.text.prefix(600))")
                }
            }
        }
    }

    // MARK: 409

    @Test func anExpectedStateThatNoLongerHoldsIs409AndChangesNothing() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        try await harness.bring(fixture.matsuyamaAssignment, to: .confirmed)
        let before = try await harness.fingerprint()
        let answer = try await harness.run { client in
            try await harness.call(
                client, .post, "/api/v1/assignments/\(fixture.matsuyamaAssignment)/answer", as: .supplier,
                json: #"{"action":"decline","reason":"都合","expectedState":"proposed"}"#)
        }
        #expect(answer.status == .conflict, "\(answer.text)")
        ErrorShape.expect(answer, code: "conflict", "expectedState proposed of a confirmed assignment")
        #expect(try await harness.fingerprint() == before)
        #expect(try await harness.desk.assignment(fixture.matsuyamaAssignment).state == .confirmed)
    }

    @Test func answeringAnAssignmentTwiceIs409AndChangesNothing() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        let path = "/api/v1/assignments/\(fixture.matsuyamaAssignment)/answer"
        try await harness.run { client in
            let first = try await harness.call(client, .post, path, as: .supplier, json: #"{"action":"confirm"}"#)
            #expect(first.status == .ok)
            let before = try await harness.fingerprint()
            for body in [#"{"action":"confirm"}"#, #"{"action":"decline","reason":"やはり無理"}"#] {
                let again = try await harness.call(client, .post, path, as: .supplier, json: body)
                #expect(again.status == .conflict, "\(body): \(again.text)")
                ErrorShape.expect(again, code: "conflict", body)
            }
            #expect(try await harness.fingerprint() == before)
        }
        #expect(try await harness.desk.assignment(fixture.matsuyamaAssignment).state == .confirmed)
    }

    @Test func closingWithPeopleConfirmedIs409UnlessForced() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        try await harness.bring(fixture.matsuyamaAssignment, to: .confirmed)
        try await harness.bring(fixture.otherAssignment, to: .dispatched)
        try await harness.run { client in
            let before = try await harness.fingerprint()
            for body in [nil, "{}", #"{"force":false}"#] {
                let refused = try await harness.call(client, .post, "/api/v1/incidents/I1/close", as: .hq, json: body)
                #expect(refused.status == .conflict, "\(body ?? "no body"): \(refused.text)")
                ErrorShape.expect(refused, code: "conflict", body ?? "no body")
                #expect(refused.errorMessage?.contains("2人") == true, "\(refused.text)")
            }
            #expect(try await harness.fingerprint() == before)
            #expect(try await harness.desk.incident(fixture.incident).closed == nil)
            let forced = try await harness.call(
                client, .post, "/api/v1/incidents/I1/close", as: .hq, json: #"{"force":true}"#)
            #expect(forced.status == .ok, "\(forced.text)")
        }
        #expect(try await harness.desk.incident(fixture.incident).closed?.actor == "hq-1")
    }

    // MARK: All or nothing

    @Test(arguments: [
        ("an illegal move", "dispatched", 409, "conflict"),
        ("another supplier's person", "confirm-other", 403, "forbidden"),
        ("an assignment that does not exist", "A999", 404, "not-found"),
        ("an unknown action", "accept", 422, "invalid"),
        ("the same assignment twice", "twice", 422, "invalid"),
    ])
    func oneBadAnswerAmongGoodOnesChangesNothing(
        _ what: String, _ bad: String, _ status: Int, _ code: String
    ) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        let assignments = try await harness.desk.assignments(incident: fixture.incident)
        let ours = assignments.filter { $0.supplier.description == ServerHarness.Code.matsuyama }
        try #require(ours.count >= 2, "松山市 has people proposed for R1")
        let good = ours.prefix(2).map { #"{"assignment":"\#($0.id)","action":"confirm"}"# }
        let badItem: String
        switch bad {
        case "dispatched": badItem = #"{"assignment":"\#(ours[2 % ours.count].id)","action":"dispatched"}"#
        case "confirm-other": badItem = #"{"assignment":"\#(fixture.otherAssignment)","action":"confirm"}"#
        case "A999": badItem = #"{"assignment":"A999","action":"confirm"}"#
        case "twice": badItem = #"{"assignment":"\#(ours[0].id)","action":"decline"}"#
        default: badItem = #"{"assignment":"\#(ours[0].id)","action":"\#(bad)"}"#
        }
        let body = #"{"answers":[\#(good[0]),\#(badItem),\#(good[1])]}"#
        let before = try await harness.fingerprint()
        let answer = try await harness.run { client in
            try await harness.call(client, .post, "/api/v1/answers", as: .supplier, json: body)
        }
        #expect(answer.status.code == status, "\(what): \(answer.text)")
        ErrorShape.expect(answer, code: code, what)
        #expect(try await harness.fingerprint() == before, "\(what) changed the store")
        for assignment in ours { #expect(try await harness.desk.assignment(assignment.id).state == .proposed) }
    }

    @Test func acknowledgingOneItemNotAddressedToTheMemberChangesNothing() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        let before = try await harness.fingerprint()
        // 宇和島市 owes R1 and P1; the notice to group B is not addressed to it.
        let answer = try await harness.run { client in
            try await harness.call(
                client, .post, "/api/v1/acks", as: .hit,
                json: #"{"items":["\#(fixture.ownRequest)","\#(fixture.groupBNotice)","\#(fixture.plan)"]}"#)
        }
        #expect(answer.status == .forbidden, "\(answer.text)")
        ErrorShape.expect(answer, code: "forbidden", "a notice to group B acknowledged by 宇和島市")
        #expect(try await harness.fingerprint() == before)
        let pending = try await harness.desk.pendingAcknowledgements(incident: nil, includesDrills: true)
        let owed = Set(pending.filter { $0.member.rawValue == "m-382035-1" }.map(\.item.description))
        #expect(owed.isSuperset(of: [fixture.ownRequest.description, fixture.plan]))
    }
}

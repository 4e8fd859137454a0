import CounterpartCore
import CounterpartOperations
import Foundation
import HTTPTypes
import Testing

/// The table "Who may do what" of API.md over HTTP: every action row for each of the five
/// members, around `I1` hitting 宇和島市 and 松前町 (``MatrixFixture``). Each case is one cell:
/// its status exactly; a refusal changes nothing and answers the contract's error; an
/// accepted change is stored and recorded as the member's.
@Suite struct PermissionMatrixTests {
    @Test(arguments: MatrixCell.all)
    func cell(_ cell: MatrixCell) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let fixture = try await harness.openTwoTownIncident()
        let call = try await cell.row.prepare(harness, fixture, cell.who)
        let before = try await harness.fingerprint()
        let rosterBefore = try await harness.rosterFingerprint()
        let eventsBefore = try await harness.desk.latestEventID()

        let answer = try await harness.run { client in
            try await client.call(
                call.method, call.path, as: call.token ?? harness.tokens[cell.who], json: call.body,
                headers: call.headers)
        }

        #expect(answer.status.code == cell.expected, "\(cell): \(answer.text)")
        if cell.expected >= 400 {
            #expect(try await harness.fingerprint() == before, "\(cell) changed the store")
            #expect(try await harness.rosterFingerprint() == rosterBefore, "\(cell) changed the roster")
            ErrorShape.expect(answer, code: cell.expected == 404 ? "not-found" : "forbidden", cell.description)
        } else {
            try await cell.row.verify(
                harness, fixture, cell.who, answer, memberID: call.memberID ?? cell.who.rawValue,
                eventsBefore: eventsBefore)
            if cell.row.isChange {
                #expect(try await harness.fingerprint() != before, "\(cell) stored nothing")
            } else {
                #expect(try await harness.fingerprint() == before, "\(cell) only reads")
            }
        }
    }

    /// The outsider's list of incidents leaves `I1` out; the others' holds it.
    @Test(arguments: ServerHarness.Who.allCases)
    func theListOfIncidentsHoldsOnlyThoseTheMemberIsConcernedWith(_ who: ServerHarness.Who) async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        let answer = try await harness.run { client in
            try await harness.call(client, .get, "/api/v1/incidents", as: who)
        }
        #expect(answer.status == .ok)
        let ids = answer.array.compactMap { $0["id"] as? String }
        #expect(ids == (who == .outsider ? [] : ["I1"]), "\(who)")
    }

    /// A notice about `I1` posted to all is addressed to the outsider too, but `I1` and what is
    /// in it do not exist for them: not listed, not shown, not owed, not acknowledged.
    @Test func aNoticeAboutTheIncidentDoesNotExistForTheOutsider() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        _ = try await harness.openTwoTownIncident()
        try await harness.run { client in
            let posted = try await harness.call(
                client, .post, "/api/v1/notices", as: .hq, json: #"{"title":"集合","body":"本庁舎","incident":"I1"}"#)
            #expect(posted.status == .created)
            #expect(posted.object["id"] as? String == "N3")
            for who in [ServerHarness.Who.concerned, .outsider] {
                let isSeen = who == .concerned
                let list = try await harness.call(client, .get, "/api/v1/notices", as: who)
                #expect(list.array.contains { $0["id"] as? String == "N3" } == isSeen, "\(who) lists N3")
                let shown = try await harness.call(client, .get, "/api/v1/notices/N3", as: who)
                #expect(shown.status == (isSeen ? .ok : .notFound), "\(who) reads N3")
                let unread = try await harness.call(client, .get, "/api/v1/me/unread", as: who)
                #expect(unread.array.contains { $0["item"] as? String == "N3" } == isSeen, "\(who) owes N3")
            }
            let before = try await harness.fingerprint()
            let acked = try await harness.call(client, .post, "/api/v1/acks", as: .outsider, json: #"{"items":["N3"]}"#)
            #expect(acked.status == .notFound)
            ErrorShape.expect(acked, code: "not-found", "the outsider acknowledges N3 of I1")
            #expect(try await harness.fingerprint() == before)
        }
    }
}

/// One cell of the table: a row, a member, the status API.md gives.
struct MatrixCell: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    let row: MatrixRow
    let who: ServerHarness.Who
    let expected: Int

    var description: String { "\(row.label) × \(who.column) → \(expected)" }
    var testDescription: String { description }

    /// Every cell of every row.
    static var all: [MatrixCell] {
        MatrixRow.allCases.flatMap { row in
            zip(ServerHarness.Who.allCases, row.expected).map { MatrixCell(row: row, who: $0.0, expected: $0.1) }
        }
    }
}

extension ServerHarness.Who {
    /// The column of the table the member stands in for a request of 宇和島市 and a person of
    /// 松山市.
    var column: String {
        switch self {
        case .hq: return "HQ (hq-1)"
        case .hit: return "requesting municipality 宇和島市 (m-382035-1)"
        case .supplier: return "supplier 松山市 (m-382019-1)"
        case .concerned: return "other concerned 新居浜市 (m-382051-1)"
        case .outsider: return "not concerned 西条市 (m-382060-1)"
        }
    }
}

/// A request to make.
struct MatrixCall {
    var method: HTTPRequest.Method
    var path: String
    var body: String? = nil
    var headers: HTTPFields = [:]
    /// Another member's token than the harness's (a member added for the cell).
    var token: String? = nil
    /// That member's id.
    var memberID: String? = nil
}

/// The rows of the table, each action taken on the fixture's records.
enum MatrixRow: String, CaseIterable, Sendable {
    case seeIncident, seeRequests, seePlan, seeAssignments, seeSitrep
    case open, close, extend, plan
    case fileOwn, changeOwn, cancelOwn, fileOther, changeOther, cancelOther
    case confirmMatsuyama, declineMatsuyama, substituteMatsuyama, dispatchedMatsuyama, returnedMatsuyama
    case confirmOther, declineOther, substituteOther, dispatchedOther, returnedOther
    case acknowledgeAddressedToSelf, acknowledgeAddressedToAnother
    case postNotice, postNoticeAboutIncident
    case followupOfIncident, followupOfAll
    case contactSheet
    case importFullRoster, importUwajimaRoster

    /// What the row does, as the table says it.
    var label: String {
        switch self {
        case .seeIncident: return "see incident I1"
        case .seeRequests: return "see I1's requests"
        case .seePlan: return "see plan P1"
        case .seeAssignments: return "see I1's assignments"
        case .seeSitrep: return "see I1's sitrep"
        case .open: return "open an incident"
        case .close: return "close I1"
        case .extend: return "extend I1 (add 今治市)"
        case .plan: return "plan I1"
        case .fileOwn: return "file a request of 宇和島市"
        case .changeOwn: return "change R1 of 宇和島市"
        case .cancelOwn: return "cancel R1 of 宇和島市"
        case .fileOther: return "file a request of 松前町 (another affected municipality)"
        case .changeOther: return "change R2 of 松前町"
        case .cancelOther: return "cancel R2 of 松前町"
        case .confirmMatsuyama: return "confirm a proposed person of 松山市"
        case .declineMatsuyama: return "decline (with a reason) a proposed person of 松山市"
        case .substituteMatsuyama: return "substitute a proposed person of 松山市"
        case .dispatchedMatsuyama: return "record a confirmed person of 松山市 dispatched"
        case .returnedMatsuyama: return "record a dispatched person of 松山市 returned"
        case .confirmOther: return "confirm a proposed person of another supplier"
        case .declineOther: return "decline (with a reason) a proposed person of another supplier"
        case .substituteOther: return "substitute a proposed person of another supplier"
        case .dispatchedOther: return "record a confirmed person of another supplier dispatched"
        case .returnedOther: return "record a dispatched person of another supplier returned"
        case .acknowledgeAddressedToSelf: return "acknowledge an item addressed to oneself"
        case .acknowledgeAddressedToAnother: return "acknowledge an item addressed to other members only"
        case .postNotice: return "post a notice to all"
        case .postNoticeAboutIncident: return "post a notice about I1"
        case .followupOfIncident: return "follow-up list of I1"
        case .followupOfAll: return "follow-up list of everything"
        case .contactSheet: return "contact sheet"
        case .importFullRoster: return "import a scope=\"full\" roster"
        case .importUwajimaRoster: return "import a scope=\"municipality\" roster of 宇和島市"
        }
    }

    /// The statuses for hq, hit, supplier, concerned, outsider (``ServerHarness/Who`` order).
    var expected: [Int] {
        switch self {
        case .seeIncident, .seeRequests, .seePlan, .seeAssignments, .seeSitrep: return [200, 200, 200, 200, 404]
        case .open: return [201, 403, 403, 403, 403]
        case .close, .extend: return [200, 403, 403, 403, 404]
        case .plan: return [201, 403, 403, 403, 404]
        case .fileOwn: return [201, 201, 403, 403, 404]
        case .changeOwn, .cancelOwn: return [200, 200, 403, 403, 404]
        case .fileOther: return [201, 403, 403, 403, 404]
        case .changeOther, .cancelOther: return [200, 403, 403, 403, 404]
        case .confirmMatsuyama, .declineMatsuyama, .substituteMatsuyama, .dispatchedMatsuyama, .returnedMatsuyama:
            return [200, 403, 200, 403, 404]
        case .confirmOther, .declineOther, .substituteOther, .dispatchedOther, .returnedOther:
            return [200, 403, 403, 403, 404]
        // To oneself: R1 for the concerned, the group C notice N2 for the outsider.
        case .acknowledgeAddressedToSelf: return [200, 200, 200, 200, 200]
        // To others: N1 (group B) for 宇和島市 and 新居浜市, R1 for the outsider (inside I1: 404),
        // and for a member of headquarters or 松山市 who joined after N1 was posted.
        case .acknowledgeAddressedToAnother: return [403, 403, 403, 403, 404]
        case .postNotice: return [201, 403, 403, 403, 403]
        case .postNoticeAboutIncident: return [201, 403, 403, 403, 404]
        case .followupOfIncident: return [200, 403, 403, 403, 404]
        case .followupOfAll: return [200, 403, 403, 403, 403]
        case .contactSheet: return [200, 200, 200, 200, 200]
        case .importFullRoster: return [200, 403, 403, 403, 403]
        case .importUwajimaRoster: return [200, 200, 403, 403, 403]
        }
    }

    /// Whether an accepted call changes the store.
    var isChange: Bool {
        switch self {
        case .seeIncident, .seeRequests, .seePlan, .seeAssignments, .seeSitrep, .followupOfIncident, .followupOfAll,
            .contactSheet:
            return false
        default: return true
        }
    }

    /// Whether the row imports a roster (a change of the roster, not of the incident's records).
    var isImport: Bool { self == .importFullRoster || self == .importUwajimaRoster }

    /// The assignment an answer row is about, the state it needs first, and the body.
    private func answerSetup(_ harness: ServerHarness, _ fixture: MatrixFixture) async throws -> (
        IncidentAssignment.ID, AssignmentState, String
    )? {
        let id: IncidentAssignment.ID
        switch self {
        case .confirmMatsuyama, .declineMatsuyama, .substituteMatsuyama, .dispatchedMatsuyama, .returnedMatsuyama:
            id = fixture.matsuyamaAssignment
        case .confirmOther, .declineOther, .substituteOther, .dispatchedOther, .returnedOther:
            id = fixture.otherAssignment
        default: return nil
        }
        switch self {
        case .confirmMatsuyama, .confirmOther: return (id, .proposed, #"{"action":"confirm"}"#)
        case .declineMatsuyama, .declineOther:
            return (id, .proposed, #"{"action":"decline","reason":"本人の家が被災"}"#)
        case .substituteMatsuyama, .substituteOther:
            let staff = try await harness.substitute(for: id)
            return (id, .proposed, #"{"action":"substitute","staff":"\#(staff)"}"#)
        case .dispatchedMatsuyama, .dispatchedOther: return (id, .confirmed, #"{"action":"dispatched"}"#)
        default: return (id, .dispatched, #"{"action":"returned"}"#)
        }
    }

    /// Brings the fixture to what the row needs and says what to call.
    func prepare(_ harness: ServerHarness, _ fixture: MatrixFixture, _ who: ServerHarness.Who) async throws
        -> MatrixCall
    {
        let incident = "/api/v1/incidents/\(fixture.incident)"
        let request = """
            {"municipality":"%@","category":"shelter","headcount":2,"from":"2027-01-18","to":"2027-01-20",\
            "priority":"high"}
            """
        if let setup = try await answerSetup(harness, fixture) {
            try await harness.bring(setup.0, to: setup.1)
            return MatrixCall(method: .post, path: "/api/v1/assignments/\(setup.0)/answer", body: setup.2)
        }
        switch self {
        case .seeIncident: return MatrixCall(method: .get, path: incident)
        case .seeRequests: return MatrixCall(method: .get, path: incident + "/requests")
        case .seePlan: return MatrixCall(method: .get, path: "/api/v1/plans/\(fixture.plan)")
        case .seeAssignments: return MatrixCall(method: .get, path: incident + "/assignments")
        case .seeSitrep: return MatrixCall(method: .get, path: incident + "/sitrep")
        case .open:
            return MatrixCall(
                method: .post, path: "/api/v1/incidents",
                body: #"{"name":"東予地震","start":"2027-01-20","affected":["西条市"]}"#)
        case .close: return MatrixCall(method: .post, path: incident + "/close", body: "{}")
        case .extend: return MatrixCall(method: .post, path: incident + "/affected", body: #"{"codes":["382027"]}"#)
        case .plan: return MatrixCall(method: .post, path: incident + "/plans")
        case .fileOwn:
            return MatrixCall(
                method: .post, path: incident + "/requests",
                body: request.replacingOccurrences(of: "%@", with: "宇和島市"))
        case .fileOther:
            return MatrixCall(
                method: .post, path: incident + "/requests",
                body: request.replacingOccurrences(of: "%@", with: ServerHarness.Code.masaki))
        case .changeOwn:
            return MatrixCall(method: .patch, path: "/api/v1/requests/\(fixture.ownRequest)", body: #"{"headcount":5}"#)
        case .changeOther:
            return MatrixCall(
                method: .patch, path: "/api/v1/requests/\(fixture.otherRequest)", body: #"{"headcount":2}"#)
        case .cancelOwn:
            return MatrixCall(
                method: .post, path: "/api/v1/requests/\(fixture.ownRequest)/cancel", body: #"{"reason":"水道が復旧"}"#)
        case .cancelOther:
            return MatrixCall(
                method: .post, path: "/api/v1/requests/\(fixture.otherRequest)/cancel",
                body: #"{"reason":"自力で対応"}"#)
        case .acknowledgeAddressedToSelf:
            let item = who == .outsider ? fixture.groupCNotice.description : fixture.ownRequest.description
            return MatrixCall(method: .post, path: "/api/v1/acks", body: #"{"items":["\#(item)"]}"#)
        case .acknowledgeAddressedToAnother:
            switch who {
            case .outsider:
                return MatrixCall(
                    method: .post, path: "/api/v1/acks", body: #"{"items":["\#(fixture.ownRequest)"]}"#)
            case .hit, .concerned:
                return MatrixCall(
                    method: .post, path: "/api/v1/acks", body: #"{"items":["\#(fixture.groupBNotice)"]}"#)
            case .hq, .supplier:
                // Every item is addressed to headquarters and to 松山市 (in every group): a
                // member who joins after N1 was posted is not among those it is addressed to.
                let line =
                    who == .hq
                    ? #"<member id="hq-9" municipality="380008" role="hq-disaster" name="新任 本部" phone="089-00-0099"/>"#
                    : #"<member id="m-382019-9" municipality="382019" role="liaison" name="新任 松山" phone="089-00-0199"/>"#
                let tokens = try await harness.addMembers([line])
                let member = try #require(tokens.keys.first)
                return MatrixCall(
                    method: .post, path: "/api/v1/acks", body: #"{"items":["\#(fixture.groupBNotice)"]}"#,
                    token: tokens[member], memberID: member)
            }
        case .postNotice:
            return MatrixCall(method: .post, path: "/api/v1/notices", body: #"{"title":"訓練のお知らせ","body":"来週です"}"#)
        case .postNoticeAboutIncident:
            return MatrixCall(
                method: .post, path: "/api/v1/notices",
                body: #"{"title":"集合場所","body":"市役所本庁舎","incident":"\#(fixture.incident)"}"#)
        case .followupOfIncident: return MatrixCall(method: .get, path: "/api/v1/followup?incident=\(fixture.incident)")
        case .followupOfAll: return MatrixCall(method: .get, path: "/api/v1/followup")
        case .contactSheet: return MatrixCall(method: .get, path: "/api/v1/roster/contacts")
        case .importFullRoster:
            return MatrixCall(
                method: .post, path: "/api/v1/roster/imports", body: try ServerHarness.fullRosterChangingAPhone(),
                headers: [.contentType: "application/xml"])
        case .importUwajimaRoster:
            return MatrixCall(
                method: .post, path: "/api/v1/roster/imports",
                body: try ServerHarness.municipalityRoster(ServerHarness.Code.uwajima),
                headers: [.contentType: "application/xml"])
        default:
            preconditionFailure("answer rows are prepared above")
        }
    }

    /// What an accepted call must have done.
    func verify(
        _ harness: ServerHarness, _ fixture: MatrixFixture, _ who: ServerHarness.Who, _ answer: Answer,
        memberID: String, eventsBefore: Int
    ) async throws {
        let desk = harness.desk
        if isChange {
            let latest = try await desk.events(after: eventsBefore, limit: 100)
            #expect(!latest.isEmpty && latest.allSatisfy { $0.stamp.actor == memberID }, "recorded as \(memberID)")
            if isImport {
                #expect(latest.map(\.kind) == [.rosterImported])
                #expect(latest.first?.stamp.isClockFixed == true, "recorded at the desk's (fixed) time")
            }
        }
        switch self {
        case .seeIncident:
            #expect(answer.object["id"] as? String == "I1")
        case .seeRequests:
            #expect(answer.array.compactMap { $0["id"] as? String } == ["R1", "R2"])
        case .seePlan:
            #expect(answer.object["id"] as? String == "P1")
            #expect(answer.object["incident"] as? String == "I1")
        case .seeAssignments:
            let stored = try await desk.assignments(incident: fixture.incident)
            #expect(answer.array.compactMap { $0["id"] as? String } == stored.map(\.id.description))
        case .seeSitrep:
            #expect((answer.object["incident"] as? [String: Any])?["id"] as? String == "I1")
        case .open:
            #expect(answer.object["id"] as? String == "I2")
            #expect(try await desk.incident(Incident.ID(2)).opened.actor == memberID)
        case .close:
            #expect(try await desk.incident(fixture.incident).closed != nil)
        case .extend:
            #expect(try await desk.incident(fixture.incident).affected.map(\.description).contains("382027"))
        case .plan:
            #expect(answer.object["id"] as? String == "P2")
        case .fileOwn, .fileOther:
            let filed = try await desk.request(IncidentRequest.ID(3))
            #expect(
                filed.details.municipality.description
                    == (self == .fileOwn ? ServerHarness.Code.uwajima : ServerHarness.Code.masaki))
            #expect(filed.filed.actor == memberID)
        case .changeOwn:
            #expect(try await desk.request(fixture.ownRequest).details.headcount == 5)
        case .changeOther:
            #expect(try await desk.request(fixture.otherRequest).details.headcount == 2)
        case .cancelOwn:
            #expect(try await desk.request(fixture.ownRequest).isCancelled)
        case .cancelOther:
            #expect(try await desk.request(fixture.otherRequest).isCancelled)
        case .confirmMatsuyama, .confirmOther:
            #expect(try await desk.assignment(assignment(fixture)).state == .confirmed)
        case .declineMatsuyama, .declineOther:
            let declined = try await desk.assignment(assignment(fixture))
            #expect(declined.state == .declined)
            #expect(declined.reason == "本人の家が被災")
        case .substituteMatsuyama, .substituteOther:
            #expect(try await desk.assignment(assignment(fixture)).state == .withdrawn)
            let staff = try #require(answer.object["staff"] as? String)
            let all = try await desk.assignments(incident: fixture.incident)
            #expect(all.contains { $0.staff.rawValue == staff && $0.state == .confirmed })
        case .dispatchedMatsuyama, .dispatchedOther:
            #expect(try await desk.assignment(assignment(fixture)).state == .dispatched)
        case .returnedMatsuyama, .returnedOther:
            #expect(try await desk.assignment(assignment(fixture)).state == .returned)
        case .acknowledgeAddressedToSelf:
            let item = who == .outsider ? fixture.groupCNotice.description : fixture.ownRequest.description
            #expect(answer.array.first?["member"] as? String == memberID)
            let pending = try await desk.pendingAcknowledgements(incident: nil, includesDrills: true)
            #expect(!pending.contains { $0.item.description == item && $0.member.rawValue == memberID })
            let others = pending.filter { $0.item.description == item && $0.member.rawValue != memberID }
            #expect(!others.isEmpty, "acknowledged for \(memberID) only: the others still owe \(item)")
        case .postNotice, .postNoticeAboutIncident:
            #expect(answer.object["id"] as? String == "N3")
            let notice = try await desk.notice(Notice.ID(3)).notice
            #expect(notice.posted.actor == memberID)
            #expect(notice.incident == (self == .postNotice ? nil : fixture.incident))
        case .followupOfIncident, .followupOfAll:
            #expect(answer.json is [Any])
        case .contactSheet:
            #expect(answer.text.contains("宇和島市"))
            #expect(answer.text.contains("m-382060-1") || answer.text.contains("西条市"))
        case .importFullRoster:
            #expect(answer.object["dryRun"] as? Bool == false)
            let roster = try #require(try await desk.roster())
            #expect(roster.members.first { $0.id.rawValue == "m-382035-2" }?.phone == "0895-99-9999")
        case .importUwajimaRoster:
            #expect(answer.object["scope"] as? String == "municipality")
            let roster = try #require(try await desk.roster())
            #expect(roster.members.first { $0.id.rawValue == "m-382035-1" }?.phone == "0895-99-0001")
        case .acknowledgeAddressedToAnother:
            Issue.record("no member may acknowledge an item addressed to others only")
        }
    }

    /// The assignment an answer row answers.
    private func assignment(_ fixture: MatrixFixture) -> IncidentAssignment.ID {
        rawValue.hasSuffix("Matsuyama") ? fixture.matsuyamaAssignment : fixture.otherAssignment
    }
}

/// The error answer of the contract: `{"error":{"code","message","problems"?}}`.
enum ErrorShape {
    /// Whether `text` holds Japanese (kana or kanji).
    static func isJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Checks that `answer` is the contract's error with `code`, worded in Japanese.
    static func expect(
        _ answer: Answer, code: String, _ context: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(Set(answer.object.keys) == ["error"], "\(context): \(answer.text)", sourceLocation: sourceLocation)
        let error = answer.object["error"] as? [String: Any] ?? [:]
        #expect(
            Set(error.keys).isSubset(of: ["code", "message", "problems"]), "\(context): \(answer.text)",
            sourceLocation: sourceLocation)
        #expect(answer.errorCode == code, "\(context): \(answer.text)", sourceLocation: sourceLocation)
        let message = answer.errorMessage ?? ""
        #expect(isJapanese(message), "\(context): a Japanese message, not \(message)", sourceLocation: sourceLocation)
        #expect(
            answer.headers[.contentType]?.hasPrefix("application/json") == true, "\(context)",
            sourceLocation: sourceLocation)
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartReports
import CounterpartRosterImport
import CounterpartServer
import CounterpartStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers

/// A server over a new store holding the shipped Ehime roster, with bearer tokens for the
/// members tests act as, exercised through Hummingbird's router test client.
struct ServerHarness {
    /// Members tests act as, around an incident that hits 宇和島市 (group A).
    enum Who: String, CaseIterable {
        /// Headquarters.
        case hq = "hq-1"
        /// The hit municipality, 宇和島市.
        case hit = "m-382035-1"
        /// Its primary supporter, 松山市.
        case supplier = "m-382019-1"
        /// Another municipality of group A, 新居浜市: concerned, neither asking nor supplying.
        case concerned = "m-382051-1"
        /// A municipality of group C, 西条市: not concerned with a hit on 宇和島市.
        case outsider = "m-382060-1"
    }

    let folder: URL
    let store: RosterStore
    let desk: IncidentDesk
    let accounts: AccountDesk
    let api: HotlineAPI
    let hub: EventHub
    let tokens: [Who: String]
    /// The clock tests move (sessions, lockout windows).
    let now: NIOLockedValueBox<Timestamp>

    /// The repository's root, for the shipped data.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped roster.
    static var rosterPath: String { root.appendingPathComponent("Data/ehime/roster.xml").path }

    /// A harness over a new store; bcrypt at cost 4 to keep tests fast (the server's default
    /// of 12 is checked on its own).
    static func make(passwords: PasswordHashing = PasswordHashing(cost: 4)) async throws -> ServerHarness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try RosterStore(path: folder.appendingPathComponent("store.sqlite").path)
        let now = NIOLockedValueBox(try Timestamp("2027-01-18T00:00:00Z"))
        let clock = DeskClock(isFixed: true) { now.withLockedValue { $0 } }
        _ = try RosterImporter(store: store, actor: .operatingSystemUser("test"), time: clock.now())
            .importRosters([.file(path: rosterPath)], isDryRun: false)
        let desk = IncidentDesk(storage: store, clock: clock)
        let accounts = AccountDesk(storage: store, clock: clock, digest: SecretDigest { SHA256.hexDigest(of: $0) })
        var tokens: [Who: String] = [:]
        for who in Who.allCases {
            tokens[who] = try await accounts.issueToken(
                MemberID(who.rawValue), label: "test", by: .operatingSystemUser("test")
            ).token
        }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let hub = EventHub(desk: desk, logger: logger)
        let api = HotlineAPI(store: store, clock: clock, passwords: passwords, events: hub, isSecure: false)
        return ServerHarness(
            folder: folder, store: store, desk: desk, accounts: accounts, api: api, hub: hub, tokens: tokens, now: now)
    }

    /// Moves the clock on by `seconds`.
    func advance(seconds: Int64) {
        now.withLockedValue { $0 = Timestamp(secondsSinceEpoch: $0.secondsSinceEpoch + seconds) }
    }

    /// Runs `body` with a client of the router.
    func run<Value>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let app = Application(router: HotlineServer.router(api, logger: logger), logger: logger)
        return try await app.test(.router, body)
    }

    /// Removes the store's folder.
    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// One answer, read.
struct Answer: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let text: String

    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }
    /// The body's object.
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    /// The body's array.
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    /// The error code of an error answer.
    var errorCode: String? { (object["error"] as? [String: Any])?["code"] as? String }
    /// The error message of an error answer.
    var errorMessage: String? { (object["error"] as? [String: Any])?["message"] as? String }
}

extension TestClientProtocol {
    /// `method path` with `body` (JSON text), as `who` with their bearer token (or no one).
    func call(
        _ method: HTTPRequest.Method, _ path: String, as token: String?, json body: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> Answer {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { response in
            Answer(status: response.status, headers: response.headers, text: String(buffer: response.body))
        }
    }
}

extension ServerHarness {
    /// `method path` as `who`.
    func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, as who: Who?,
        json body: String? = nil, headers: HTTPFields = [:]
    ) async throws -> Answer {
        try await client.call(method, path, as: who.flatMap { tokens[$0] }, json: body, headers: headers)
    }

    /// What the store holds of incidents, requests, people, acknowledgements, notices and
    /// the record, as one text: equal before and after a request that changed nothing.
    func fingerprint() async throws -> String {
        var out = "events \(try await desk.latestEventID())\n"
        for incident in try await desk.incidents() {
            out += "\(incident)\n"
            out += "\(try await desk.requests(incident: incident.id))\n"
            out += "\(try await desk.assignments(incident: incident.id))\n"
        }
        out += "\(try await desk.pendingAcknowledgements(incident: nil, includesDrills: true))\n"
        out += "\(try await desk.notices(incident: nil))\n"
        return out
    }

    /// Opens an incident hitting 宇和島市 with one request of 3 water-supply staff for a week
    /// and plans it; returns the incident, request and plan ids.
    func openPlannedIncident() async throws -> (incident: Incident.ID, request: IncidentRequest.ID, plan: String) {
        let hq = Agent.member(MemberID(Who.hq.rawValue))
        let (incident, _) = try await desk.open(
            .init(
                name: "豪雨", start: try CalendarDay("2027-01-18"), rotationDays: 7,
                affected: [try LocalGovernmentCode("382035")], isDrill: false), by: hq)
        let request = try await desk.file(
            RequestDetails(
                municipality: try LocalGovernmentCode("382035"), category: .water, headcount: 3,
                days: try DayRange(from: try CalendarDay("2027-01-18"), to: try CalendarDay("2027-01-24"))),
            in: incident.id, by: hq)
        let plan = try await desk.plan(incident.id, by: hq)
        return (incident.id, request.id, plan.id.description)
    }
}

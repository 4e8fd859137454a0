import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Testing

/// The keys of every `IncidentJSON` shape in the order the CLI has always printed them
/// (its hand-built `OperationsJSON` before the shapes became `Codable`), and `null` for
/// every optional that is `nil`: a key is never left out.
@Suite struct IncidentJSONKeyTests {
    typealias F = IncidentFixtures

    /// The members of `value`'s object, in order.
    static func members(_ value: some Encodable) throws -> [(String, JSONValue)] {
        guard case .object(let members) = try JSONValue(encoding: value) else {
            Issue.record("not an object")
            return []
        }
        return members
    }

    static func keys(_ value: some Encodable) throws -> [String] { try members(value).map(\.0) }

    static func member(_ key: String, of value: some Encodable) throws -> JSONValue? {
        try members(value).first { $0.0 == key }?.1
    }

    static let incidentKeys = ["id", "name", "drill", "start", "rotationDays", "affected", "open", "opened", "closed"]
    static let requestKeys = [
        "id", "incident", "municipality", "category", "headcount", "from", "to", "priority", "note", "cancelled",
        "filed",
    ]

    @Test func anAssignment() throws {
        #expect(
            try Self.keys(IncidentJSON.Assignment(F.assignments[0], names: F.names)) == [
                "id", "request", "staff", "staffName", "period", "supplier", "tier", "distanceKm", "from", "to",
                "state",
                "reason", "proposedInVersion",
            ])
    }

    @Test func recordsAndTheirParts() throws {
        #expect(try Self.keys(IncidentJSON.Incident(F.incident, names: F.names)) == Self.incidentKeys)
        #expect(try Self.keys(IncidentJSON.Request(F.requests[0], names: F.names)) == Self.requestKeys)
        #expect(try Self.keys(IncidentJSON.Municipality(F.uwajima, names: F.names)) == ["code", "name"])
        #expect(try Self.keys(IncidentJSON.Stamp(F.incident.opened)) == ["at", "by"])
        #expect(try Self.keys(IncidentJSON.Member("m-u-1", names: F.names)) == ["member", "name", "role", "phone"])
        let group = IncidentJSON.FollowupGroup(F.followup[0], names: F.names)
        #expect(try Self.keys(group) == ["municipality", "call", "items"])
        // `incident` and `drill` came later, after the keys scripts knew.
        #expect(try Self.keys(group.items[0]) == ["item", "since", "subject", "waiting", "incident", "drill"])
        #expect(
            try Self.keys(IncidentJSON.Shortfall(F.shortfalls[0])) == [
                "period", "request", "category", "missing", "reason",
            ])
        #expect(try Self.keys(IncidentJSON.Event(F.events[0])) == ["at", "by", "subject", "text"])
        #expect(
            try Self.keys(IncidentJSON.Notice(F.notice)) == [
                "id", "title", "body", "group", "incident", "posted", "audience",
            ])
        #expect(
            try Self.keys(
                IncidentJSON.Acknowledgement(item: RecordID(.plan, 3), member: "p-1", at: F.now, isNew: true)) == [
                    "item", "member", "acknowledgedAt", "alreadyAcknowledged",
                ])
    }

    /// Opened, Detail and Cancelled carry the record's own keys first, at the top level.
    @Test func compositesExtendTheRecord() throws {
        #expect(
            try Self.keys(IncidentJSON.Opened(F.incident, requests: F.requests, names: F.names))
                == Self.incidentKeys + ["requests"])
        #expect(
            try Self.keys(IncidentJSON.Detail(F.view, names: F.names))
                == Self.incidentKeys + ["requests", "assignments", "planVersion", "shortfalls", "unacknowledged"])
        #expect(
            try Self.keys(IncidentJSON.Cancelled(F.requests[1], assignments: [F.assignments[1]], names: F.names))
                == Self.requestKeys + ["cancelledAssignments"])
        #expect(
            try Self.keys(IncidentJSON.PlanStored(F.planOutcome, names: F.names)) == [
                "id", "incident", "version", "newlyProposed", "noLongerNeeded", "shortfalls", "assignments",
            ])
    }

    @Test func theSituationReport() throws {
        let sitrep = IncidentJSON.Sitrep(F.report, names: F.names, now: F.now)
        #expect(
            try Self.keys(sitrep) == [
                "incident", "asOf", "planVersion", "categories", "supporters", "unacknowledged", "events", "notices",
            ])
        #expect(
            try Self.keys(sitrep.categories[0]) == [
                "municipality", "category", "requested", "proposed", "confirmed", "dispatched", "short",
            ])
        #expect(try Self.keys(sitrep.supporters[0]) == ["municipality", "away", "personDays"])
    }

    /// `notice list`, `notice show` and the situation report's notices: the notice's keys,
    /// then who has acknowledged it and who not yet.
    @Test func aNoticeAsItStands() throws {
        let record = IncidentJSON.NoticeRecord(F.noticeRecord, names: F.names)
        #expect(
            try Self.keys(record) == [
                "id", "title", "body", "group", "incident", "posted", "audience", "acknowledged", "waiting",
            ])
        #expect(try Self.keys(record.acknowledged[0]) == ["member", "at", "by"])
        #expect(record.acknowledged.map(\.member.member) == ["p-1", "m-u-1"])
        #expect(record.waiting.map(\.member) == ["m-m-1"])
    }

    /// A person who has left the roster, with no reason given.
    @Test func nilOptionalsAreNull() throws {
        var unknown = F.assignments[0]
        unknown.staff = "s-9"
        let assignment = IncidentJSON.Assignment(unknown, names: F.names)
        #expect(assignment.staffName == nil && assignment.reason == nil)
        #expect(try Self.member("staffName", of: assignment) == .null)
        #expect(try Self.member("reason", of: assignment) == .null)
        #expect(try Self.member("closed", of: IncidentJSON.Incident(F.incident, names: F.names)) == .null)
        #expect(try Self.member("note", of: IncidentJSON.Request(F.requests[1], names: F.names)) == .null)
        #expect(try Self.member("group", of: IncidentJSON.Notice(F.notice)) == .null)
        let gone = IncidentJSON.Member("m-m-1", names: F.names)
        #expect(try Self.members(gone).map(\.1) == [.string("m-m-1"), .null, .null, .null])
        let matsuyama = try #require(F.followup.first { $0.municipality == F.matsuyama })
        #expect(try Self.member("call", of: IncidentJSON.FollowupGroup(matsuyama, names: F.names)) == .null)
    }

    @Test func aNeverPlannedIncidentHasANullPlanVersion() throws {
        var view = F.view
        view.latestPlan = nil
        let detail = IncidentJSON.Detail(view, names: F.names)
        #expect(try Self.member("planVersion", of: detail) == .null)
        #expect(try Self.member("shortfalls", of: detail) == .array([]))
        let report = SituationReport.make(
            incident: F.incident, requests: F.requests, assignments: [], latestPlan: nil, pending: [], events: [],
            roster: F.roster, today: F.day("2026-11-05"))
        #expect(try Self.member("planVersion", of: IncidentJSON.Sitrep(report, names: F.names, now: F.now)) == .null)
    }
}

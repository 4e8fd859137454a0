import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Testing

/// Every shape of `IncidentJSON`, written through `JSONValue(encoding:)` as `--format json`
/// and the server print them.
@Suite struct IncidentJSONTests {
    typealias F = IncidentFixtures

    /// The shapes of single records, side by side in one golden file.
    struct Records: Encodable {
        var incidents: [IncidentJSON.Incident]
        var requests: [IncidentJSON.Request]
        var assignments: [IncidentJSON.Assignment]
        var members: [IncidentJSON.Member]
        var followup: [IncidentJSON.FollowupGroup]
        var shortfalls: [IncidentJSON.Shortfall]
        var events: [IncidentJSON.Event]
        var notices: [IncidentJSON.Notice]
        var acknowledgements: [IncidentJSON.Acknowledgement]
    }

    static func json(_ value: some Encodable) throws -> String { try JSONValue(encoding: value).text }

    /// Notes, reasons and the notice's body keep their pipes, quotes and markup; newlines
    /// are escaped; m-m-1, gone from the roster, has no name, role or phone.
    @Test func records() throws {
        let records = Records(
            incidents: [F.incident, F.drill].map { IncidentJSON.Incident($0, names: F.names) },
            requests: F.requests.map { IncidentJSON.Request($0, names: F.names) },
            assignments: F.assignments.map { IncidentJSON.Assignment($0, names: F.names) },
            members: ["m-u-1", "p-1", "m-m-1"].map { IncidentJSON.Member($0, names: F.names) },
            followup: F.followup.map { IncidentJSON.FollowupGroup($0, names: F.names) },
            shortfalls: F.shortfalls.map(IncidentJSON.Shortfall.init),
            events: F.events.map(IncidentJSON.Event.init),
            notices: [IncidentJSON.Notice(F.notice)],
            acknowledgements: [
                IncidentJSON.Acknowledgement(
                    item: RecordID(.plan, 3), member: "m-u-1", at: F.time("2026-11-05T00:10:00Z"), isNew: true),
                IncidentJSON.Acknowledgement(
                    item: RecordID(.request, 1), member: "p-1", at: F.time("2026-11-05T00:12:00Z"), isNew: false),
            ])
        try Golden.check(try Self.json(records), "incident-records.json")
    }

    /// `incident open`: the incident's keys, then its requests.
    @Test func opened() throws {
        let opened = IncidentJSON.Opened(F.incident, requests: F.requests, names: F.names)
        try Golden.check(try Self.json(opened), "incident-opened.json")
    }

    /// `incident show`: the incident's keys, then its lists and figures.
    @Test func detail() throws {
        try Golden.check(try Self.json(IncidentJSON.Detail(F.view, names: F.names)), "incident-detail.json")
    }

    /// `request cancel`: the request's keys, then the people cancelled with it.
    @Test func cancelled() throws {
        let cancelled = IncidentJSON.Cancelled(F.requests[1], assignments: [F.assignments[1]], names: F.names)
        try Golden.check(try Self.json(cancelled), "incident-cancelled.json")
    }

    /// `incident plan`: the shortfalls taken from the plan's periods, with their sentences.
    @Test func planStored() throws {
        try Golden.check(
            try Self.json(IncidentJSON.PlanStored(F.planOutcome, names: F.names)), "incident-plan-stored.json")
    }

    /// `notice show` (and each element of `notice list`).
    @Test func noticeRecord() throws {
        try Golden.check(try Self.json(IncidentJSON.NoticeRecord(F.noticeRecord, names: F.names)), "notice-record.json")
    }

    /// The notices come last, so that every key before keeps its place.
    @Test func sitrep() throws {
        try Golden.check(try Self.json(IncidentJSON.Sitrep(F.report, names: F.names, now: F.now)), "sitrep.json")
    }
}

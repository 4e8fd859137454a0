import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Testing

/// The record names the member and the address a change came from: after the actor, in
/// parentheses, in every text; an `origin` key in JSON only when there is one.
@Suite struct EventOriginTests {
    typealias F = IncidentFixtures

    /// The fixtures' events, the newer one made from 192.0.2.10.
    static let events: [OperationsEvent] = {
        var events = F.events
        events[0].origin = "192.0.2.10"
        events[0].stamp.origin = "192.0.2.10"
        return events
    }()

    static let report = SituationReport.make(
        incident: F.incident, requests: F.requests, assignments: F.assignments,
        latestPlan: (version: 2, shortfalls: F.shortfalls), pending: F.pending, events: events, roster: F.roster,
        today: F.day("2026-11-05"), notices: [F.noticeRecord])

    let document = SitrepDocument(Self.report, names: F.names, now: F.now)

    @Test func bylines() {
        #expect(Self.events.map(\.byline) == ["p-1 (192.0.2.10)", "p-1"])
        #expect(Stamp(time: F.now, actor: "hq-1", origin: "192.0.2.10").byline == "hq-1 (192.0.2.10)")
        #expect(Stamp(time: F.now, actor: "hq-1").byline == "hq-1")
    }

    @Test func anIncidentOpenedFromAnAddress() {
        var incident = F.incident
        incident.opened.origin = "192.0.2.10"
        #expect(
            IncidentText(names: F.names).incident(incident).split(separator: "\n").last
                == "  opened 2026-11-02 09:00 by p-1 (192.0.2.10)")
    }

    @Test func theSitrepTextNamesTheAddress() {
        let lines = document.text.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "  2026-11-04 11:00  p-1 (192.0.2.10)  A3      s-2 for R1 period 0: proposed → declined (家族の事情 | 代替要員なし 11/10以降なら可)"
            ))
        #expect(
            lines.contains(
                "  2026-11-03 10:00  p-1               P3      plan version 2 of I1 (P3): 1 newly proposed, 0 no longer needed, 4 short"
            ))
    }

    @Test func theSitrepMarkdownAndHTMLNameTheAddress() {
        #expect(
            document.markdown.contains(
                "| 2026-11-04 11:00 | p-1 (192.0.2.10) | A3 | s-2 for R1 period 0: proposed → declined"))
        #expect(document.markdown.contains("| 2026-11-03 10:00 | p-1 | P3 |"))
        #expect(document.html.contains("<tr><td>2026-11-04 11:00</td><td>p-1 (192.0.2.10)</td><td>A3</td>"))
        #expect(document.html.contains("<tr><td>2026-11-03 10:00</td><td>p-1</td><td>P3</td>"))
    }

    /// `origin` comes last and only when there is one, so that the JSON of changes made at
    /// the command line stays as it was.
    @Test func theJSONEventCarriesTheOriginOnlyWhenThereIsOne() throws {
        #expect(
            try IncidentJSONKeyTests.keys(IncidentJSON.Event(Self.events[0])) == [
                "at", "by", "subject", "text", "origin",
            ])
        #expect(
            try IncidentJSONKeyTests.member("origin", of: IncidentJSON.Event(Self.events[0])) == .string("192.0.2.10"))
        #expect(try IncidentJSONKeyTests.member("by", of: IncidentJSON.Event(Self.events[0])) == .string("p-1"))
        #expect(try IncidentJSONKeyTests.keys(IncidentJSON.Event(Self.events[1])) == ["at", "by", "subject", "text"])
    }
}

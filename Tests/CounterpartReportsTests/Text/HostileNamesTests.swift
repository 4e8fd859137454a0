import CounterpartCoverage
import CounterpartOperations
import CounterpartPlanner
import Testing

@testable import CounterpartCore
@testable import CounterpartReports

/// Issue 14, item 20: names, notes and ids that carry terminal escape codes, C1 controls,
/// bidirectional controls and line breaks, through every text output. Nothing may reach the
/// terminal that acts on it, and no line may be forged: the injected text stays on the line
/// of the name it came in.
@Suite struct HostileNamesTests {
    typealias F = ReportFixtures

    /// Sets the window title, clears the screen, reverses the rest of the line, starts a new
    /// line of its own, moves back to the start of it, and opens a one-character CSI.
    static let payload = "\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}evil\u{2066}\n偽の行 forged\r\u{9B}31m"

    static func hostile(_ text: String) -> String { text + payload }

    static let roster: Roster = {
        var roster = F.roster
        for index in roster.municipalities.indices { roster.municipalities[index].name = hostile("市") }
        for index in roster.groups.indices { roster.groups[index].name = hostile("班") }
        for index in roster.members.indices {
            roster.members[index].name = hostile("担当")
            roster.members[index].phone = hostile("089")
        }
        for index in roster.staff.indices { roster.staff[index].name = hostile("職員") }
        return roster
    }()

    /// No control character but the line feeds the renderer writes, no bidirectional
    /// control, and no line that the payload's line break started.
    func expectSafe(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let unsafe = text.unicodeScalars.filter {
            ($0.properties.generalCategory == .control && $0 != "\n") || $0.properties.isBidiControl
        }
        #expect(unsafe.isEmpty, "\(unsafe.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        #expect(
            !text.split(separator: "\n").contains { $0.hasPrefix("偽の行") }, "a forged line",
            sourceLocation: sourceLocation)
        #expect(text.contains("\u{FFFD}evil\u{FFFD} 偽の行 forged"), "the name, made safe", sourceLocation: sourceLocation)
    }

    @Test func rosterSummary() {
        expectSafe(RosterSummaryText.render(Self.roster, only: nil))
    }

    @Test func contactSheet() {
        expectSafe(ContactSheetText.render(ContactSheet(roster: Self.roster, group: nil)))
    }

    @Test func changeReport() {
        var changes = RosterChanges()
        changes.staff = .init(
            added: [Self.hostile("s-1")], removed: [Self.hostile("s-2")],
            changed: [.init(key: Self.hostile("s-3"), fields: ["name"])])
        expectSafe(ChangeReport.render(changes))
    }

    @Test func planExplanationAndDrill() {
        var scenario = PlanFixtures.scenario
        scenario.name = Self.hostile("訓練")
        expectSafe(PlanText.render(PlanFixtures.plan, roster: Self.roster, scenario: scenario))
        expectSafe(PlanExplanationText.render(PlanFixtures.explanation, roster: Self.roster))
        expectSafe(DrillText.render(PlanFixtures.plan, roster: Self.roster, scenario: scenario))
    }

    @Test func coverage() {
        var profile = CoverageFixtures.profile
        profile.name = Self.hostile("想定")
        let report = CoverageReport(
            roster: Self.roster, profile: profile, start: Self.roster.effective, startSource: "test", depth: 2,
            results: CoverageFixtures.results)
        expectSafe(CoverageText.render(report))
    }

    @Test func incidentTexts() {
        typealias I = IncidentFixtures
        var roster = I.roster
        for index in roster.municipalities.indices { roster.municipalities[index].name = Self.hostile("市") }
        for index in roster.members.indices { roster.members[index].name = Self.hostile("担当") }
        for index in roster.staff.indices { roster.staff[index].name = Self.hostile("職員") }
        let names = RosterNames(roster: roster)
        let text = IncidentText(names: names)
        var incident = I.incident
        incident.name = Self.hostile("豪雨")
        incident.opened.actor = Self.hostile("hotline")
        expectSafe(text.incident(incident))
        expectSafe(text.table([incident].map(text.incidentLine)))
        var requests = I.requests
        requests[0].details.note = Self.hostile("集合")
        expectSafe(text.table(requests.map(text.requestRow)))
        var assignments = I.assignments
        assignments[2].reason = Self.hostile("辞退")
        expectSafe(text.table(assignments.map(text.assignmentRow)))
        expectSafe(text.followup(Followup.groups(I.pending, roster: roster)))
        var events = I.events
        events[0].text = Self.hostile("event")
        let report = SituationReport.make(
            incident: incident, requests: requests, assignments: assignments,
            latestPlan: (version: 2, shortfalls: I.shortfalls), pending: I.pending, events: events, roster: roster,
            today: I.day("2026-11-05"))
        expectSafe(SitrepDocument(report, names: names, now: I.now).text)
    }
}

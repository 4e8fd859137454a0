import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Testing

@Suite struct SitrepDocumentTests {
    typealias F = IncidentFixtures

    let document = SitrepDocument(F.report, names: F.names, now: F.now)

    @Test func asText() throws {
        try Golden.check(document.text, "sitrep.txt")
    }

    /// Pipes are escaped and newlines folded into spaces, in the title and in cells alike.
    @Test func asMarkdown() throws {
        let markdown = document.markdown
        try Golden.check(markdown, "sitrep.md")
        #expect(markdown.contains("\"土砂\\|浸水\"") && !markdown.contains("土砂|浸水"))
        #expect(markdown.contains("代替要員なし 11/10以降なら可"))
    }

    /// Issue 14, item 20: names with raw HTML, Markdown and line breaks are shown as text in
    /// the Markdown report: no tag, no emphasis, no link, no heading or row of their own.
    @Test func asMarkdownHostileNamesStayText() {
        var incident = F.incident
        incident.name = "<img src=x onerror=alert(1)> **至急** [詳細](javascript:alert(1))\n# 偽の見出し"
        var roster = F.roster
        roster.members[1].name = "_宇和島_ `実務`\n| 偽 | 行 |"
        let report = SituationReport.make(
            incident: incident, requests: F.requests, assignments: F.assignments,
            latestPlan: (version: 2, shortfalls: F.shortfalls), pending: F.pending, events: F.events, roster: roster,
            today: F.day("2026-11-05"))
        let markdown = SitrepDocument(report, names: RosterNames(roster: roster), now: F.now).markdown
        #expect(
            markdown.hasPrefix(
                "# 状況報告 Situation report — I1 &lt;img src=x onerror=alert(1)&gt; \\*\\*至急\\*\\* \\[詳細\\](javascript:alert(1)) \\# 偽の見出し\n"
            ))
        #expect(markdown.contains("| 宇和島市 | \\_宇和島\\_ \\`実務\\` \\| 偽 \\| 行 \\| (実務担当) | 0895-24-1111 |"))
        #expect(
            !markdown.contains("<img")
                && !markdown.split(separator: "\n").contains { $0.hasPrefix("# 偽") || $0.hasPrefix("| 偽") })
    }

    /// The incident's name is escaped in the title and the heading; the short row is marked.
    @Test func asHTML() throws {
        let html = document.html
        try Golden.check(html, "sitrep.html")
        #expect(!html.contains("<b>") && html.contains("南予豪雨 &lt;b&gt;速報&lt;/b&gt; &amp; &quot;土砂|浸水&quot;"))
        #expect(html.contains("<tr class=\"short\"><td>宇和島市</td>"))
    }

    @Test func anEmptyReport() throws {
        let report = SituationReport.make(
            incident: F.drill, requests: [], assignments: [], latestPlan: nil, pending: [], events: [],
            roster: F.roster, today: F.day("2026-10-01"))
        #expect(
            SitrepDocument(report, names: F.names, now: F.time("2026-10-01T09:00:00Z")).text == """
                状況報告 Situation report — I2 図上訓練（訓練 drill）
                As of 2026-10-01 18:00 (JST); closed; start 2026-10-01, periods of 5 days.
                Affected: 宇和島市 (382035)、松山市 (382019).
                Not planned yet; counts are person-periods (people × rotation periods).

                By hit municipality and category 被災市町・業務別
                  No requests yet.

                Supporters 応援市町
                  Nobody dispatched yet.

                Unacknowledged 未確認 (whom to phone)
                  Everything has been acknowledged.

                Last 0 events 最新の記録
                  No events.

                """)
    }
}

import CounterpartCore
import CounterpartOperations
import Testing

@testable import CounterpartReports

/// The situation report and the follow-up list in Japanese (issue "Japanese first", item 5).
@Suite struct IncidentJapaneseTests {
    typealias F = IncidentFixtures

    let document = SitrepDocument(F.report, names: F.names, now: F.now, language: .japanese)
    let text = IncidentText(names: F.names)

    @Test func sitrepAsText() throws {
        try Golden.check(document.text, "sitrep.ja.txt")
    }

    @Test func sitrepAsMarkdown() throws {
        try Golden.check(document.markdown, "sitrep.ja.md")
    }

    @Test func sitrepAsHTML() throws {
        try Golden.check(document.html, "sitrep.ja.html")
    }

    /// The English words of the English report are gone from the Japanese one, except in what
    /// the record holds (the events' texts).
    @Test func sitrepSpeaksJapanese() {
        let facts =
            ([document.title] + document.facts + document.tables.flatMap { [$0.caption, $0.empty] + $0.headers })
        for words in [
            "Situation report", "As of", "Affected", "person-periods", "Municipality", "Supporters", "events",
        ] {
            #expect(!facts.contains { $0.contains(words) }, "\(words)")
        }
        #expect(document.title.hasPrefix("状況報告 — I1 "))
        #expect(document.facts[0].hasPrefix("2026年11月5日(木) 09:00 現在（日本時間）"))
    }

    @Test func followupWithGroups() throws {
        try Golden.checkJapanese(text.followup(F.followup, language: .japanese), "followup.ja.txt")
    }

    @Test func followupWithNothingUnread() {
        #expect(text.followup([], language: .japanese) == "未読はありません。すべて既読です。\n")
    }

    @Test func followupMarksDrills() {
        let drillItem = PendingAcknowledgement(
            item: RecordID(.request, 7), incident: F.drill.id, member: "m-u-1", municipality: F.uwajima,
            since: F.time("2026-10-01T00:00:00Z"), subject: "request R7: 宇和島市 避難所運営 shelter ×1", sequence: 9)
        let groups = Followup.groups([drillItem], roster: F.roster, drills: [F.drill.id])
        #expect(
            text.followup(groups, language: .japanese) == """
                未読 1件（うち訓練 1件）、連絡する人 1人（待ち時間の長い順）

                宇和島市 (382035) — 電話: 宇和島 実務 (実務担当) 0895-24-1111
                  10/1(木) 09:00から  訓練 I2 — 応援要請 R7
                    未読: 宇和島 実務 (実務担当, m-u-1)

                """)
    }
}

@Suite struct SitrepJapaneseCellTests {
    /// A long list of unread items is cut in the sitrep; the follow-up list names them all.
    @Test func unreadItemsBeyondFiveAreCounted() {
        #expect(SitrepDocument.unreadItems(["R1", "P3"]) == "R1, P3")
        #expect(
            SitrepDocument.unreadItems((1...23).map { "R\($0)" }) == "R1, R2, R3, R4, R5 ほか18件")
    }
}

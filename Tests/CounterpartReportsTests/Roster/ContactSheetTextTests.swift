import CounterpartCore
import CounterpartReports
import Testing

@Suite struct ContactSheetTextTests {
    @Test func everyGroup() throws {
        try Golden.check(
            ContactSheetText.render(ContactSheet(roster: ReportFixtures.roster, group: nil)), "contact-sheet.txt")
    }

    /// Each member's id last, as `ack --member` takes it.
    @Test func oneGroupWithoutHeadquarters() {
        var roster = ReportFixtures.roster
        roster.members.removeAll { $0.municipality == roster.prefecture }
        #expect(
            ContactSheetText.render(ContactSheet(roster: roster, group: "Y")) == """
                連絡網 hotline contact sheet — prefecture 380008, roster effective 2026-04-01

                Yグループ (Y)
                  宇和島市 382035
                    防災担当部課長  宇和島 防災  —  m-c-1
                  伊方町, "佐田岬" 384429  一次支援: 宇和島市 382035
                    実務担当  伊方 実務  0894-00-0001  m-d-1

                """)
    }

    @Test func anUnknownGroupGivesNoGroups() {
        #expect(ContactSheet(roster: ReportFixtures.roster, group: "Z").groups.isEmpty)
    }
}

@Suite struct ContactSheetJapaneseTests {
    let sheet = ContactSheet(roster: ReportFixtures.roster, group: nil)

    @Test func asText() throws {
        try Golden.checkJapanese(ContactSheetText.render(sheet, language: .japanese), "contact-sheet.ja.txt")
    }

    @Test func asHTML() throws {
        let html = ContactSheetHTML.render(sheet, language: .japanese)
        try Golden.check(html, "contact-sheet.ja.html")
        #expect(!html.contains("<script>") && html.contains("山田 &lt;script&gt;&amp;&quot;'"))
        #expect(!html.contains("headquarters") && !html.contains("no members registered"))
    }
}

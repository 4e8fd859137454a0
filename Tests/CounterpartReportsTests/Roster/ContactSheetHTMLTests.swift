import CounterpartCore
import CounterpartReports
import Testing

@Suite struct ContactSheetHTMLTests {
    /// Names with markup, an ampersand and quotes are escaped; the apostrophe may stay.
    @Test func everyGroup() throws {
        let html = ContactSheetHTML.render(ContactSheet(roster: ReportFixtures.roster, group: nil))
        try Golden.check(html, "contact-sheet.html")
        #expect(!html.contains("<script>") && html.contains("山田 &lt;script&gt;&amp;&quot;'"))
    }
}

import CounterpartCore
import CounterpartPlanner
import Testing

@testable import CounterpartReports

@Suite struct ReportWordsTests {
    /// Period 0 of the data is the first period people count: 第1期.
    @Test func periodsCountFromOneForPeople() throws {
        let days = try DayRange(from: CalendarDay("2027-01-18"), to: CalendarDay("2027-01-24"))
        #expect(ReportWords.period(0) == "第1期")
        #expect(ReportWords.period(0, days) == "第1期 (01/18–01/24)")
        #expect(ReportWords.period(11, days) == "第12期 (01/18–01/24)")
    }

    /// Every reason has a Japanese sentence short enough for a line of its own.
    @Test func everyReasonHasAJapaneseSentence() {
        for reason in ShortfallReason.allCases {
            #expect(!reason.japaneseSentence.isEmpty)
            #expect(TextColumns.displayWidth(reason.japaneseSentence) <= 80, "\(reason)")
            #expect(!reason.japaneseSentence.contains { $0.isASCII && $0.isLetter })
        }
    }
}

import Testing

@testable import CounterpartCore

@Suite struct CalendarDayJapaneseTests {
    @Test func theEpochWasAThursday() {
        #expect(Weekday(CalendarDay(daysSinceEpoch: 0)) == .thursday)
        #expect(Weekday(CalendarDay(daysSinceEpoch: -1)) == .wednesday)
        #expect(Weekday(CalendarDay(daysSinceEpoch: -7)) == .thursday)
    }

    @Test func knownWeekdays() throws {
        #expect(try CalendarDay("2027-01-18").weekday == .monday)
        #expect(try CalendarDay("2018-07-07").weekday == .saturday)  // the July 2018 floods
        #expect(try CalendarDay("2026-04-01").weekday == .wednesday)
        #expect(try CalendarDay("2000-02-29").weekday == .tuesday)
        #expect(try CalendarDay("1969-12-28").weekday == .sunday)
    }

    @Test func everyWeekdayFollowsTheOneBefore() {
        for days in Int32(-800)...800 {
            let today = Weekday(CalendarDay(daysSinceEpoch: days)).rawValue
            #expect(Weekday(CalendarDay(daysSinceEpoch: days + 1)).rawValue == (today + 1) % 7)
        }
    }

    @Test func daysAsPeopleWriteThem() throws {
        let day = try CalendarDay("2027-01-18")
        #expect(day.japaneseLong == "2027年1月18日(月)")
        #expect(day.japaneseShort == "1/18(月)")
        #expect(day.monthDay == "01/18")
        #expect(try CalendarDay("2026-11-05").japaneseShort == "11/5(木)")
    }

    @Test func rangesInTables() throws {
        let week = try DayRange(from: CalendarDay("2027-01-18"), to: CalendarDay("2027-01-24"))
        #expect(week.japaneseShort == "1/18(月)–1/24(日)")
        let one = try DayRange(from: CalendarDay("2027-01-18"), to: CalendarDay("2027-01-18"))
        #expect(one.japaneseShort == "1/18(月)")
    }

    @Test func timesAreInJapanStandardTime() throws {
        // 15:30 UTC on the 17th is 00:30 on the 18th in Japan.
        let time = try Timestamp("2027-01-17T15:30:00Z")
        #expect(time.japaneseLong == "2027年1月18日(月) 00:30")
        #expect(time.japaneseShort == "1/18(月) 00:30")
    }
}

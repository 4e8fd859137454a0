import Testing

@testable import CounterpartCore

/// Staff lists that end before the days they are needed for (the April trap).
@Suite struct EndedListTests {
    typealias F = RosterFixtures

    static func range(_ from: String, _ to: String) -> DayRange {
        try! DayRange(from: CalendarDay(from), to: CalendarDay(to))
    }

    /// 松山市: two people for fiscal 2026; 東温市: one for 2026 and one renewed for 2027;
    /// 上島町: one person never available.
    static var roster: Roster {
        var roster = F.roster
        func person(_ id: String, _ code: LocalGovernmentCode, _ availability: [DayRange]) -> StaffPerson {
            var person = F.person(id, code)
            person.availability = availability
            return person
        }
        roster.staff = [
            person("s-1", F.matsuyama, [range("2026-04-01", "2026-09-30"), range("2026-10-15", "2027-03-31")]),
            person("s-2", F.matsuyama, [range("2026-04-01", "2027-03-31")]),
            person("s-3", F.toon, [range("2026-04-01", "2027-03-31")]),
            person("s-4", F.toon, [range("2027-04-01", "2028-03-31")]),
            person("s-5", F.kamijima, []),
        ]
        return roster
    }

    @Test func nothingEndsWithinTheYear() {
        #expect(EndedList.find(in: Self.roster, for: Self.range("2026-11-02", "2026-11-15")).isEmpty)
    }

    @Test func aListThatEndsBeforeTheLastDayNeededIsNamed() {
        let ended = EndedList.find(in: Self.roster, for: Self.range("2027-03-29", "2027-04-11"))
        #expect(
            ended == [
                EndedList(
                    municipality: F.matsuyama, staff: 2, lastDay: try! CalendarDay("2027-03-31"),
                    effective: try! CalendarDay("2026-04-01"))
            ])
        #expect(ended[0].sentence(name: "松山市") == "松山市: 0 of 2 staff available after 2027-03-31 — roster not renewed?")
    }

    @Test func hitMunicipalitiesAreLeftOut() {
        #expect(
            EndedList.find(in: Self.roster, for: Self.range("2027-04-05", "2027-04-11"), excluding: [F.matsuyama])
                .isEmpty)
    }

    @Test func anEmptyRosterHasNoEndedList() {
        #expect(
            EndedList.find(
                in: Roster(prefecture: F.ehime, effective: F.roster.effective),
                for: Self.range("2027-04-05", "2027-04-11")
            ).isEmpty)
    }
}

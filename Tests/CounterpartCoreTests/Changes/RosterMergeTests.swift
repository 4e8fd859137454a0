import Testing

@testable import CounterpartCore

/// One town's renewal moves that town's day only; a file older than what it replaces is found.
@Suite struct RosterMergeTests {
    typealias F = RosterFixtures

    static func day(_ text: String) -> CalendarDay { try! CalendarDay(text) }

    /// 松山市's list for the next fiscal year.
    static var renewal: Roster {
        Roster(
            prefecture: F.ehime, effective: day("2027-04-01"), scope: .municipality(F.matsuyama),
            staff: [F.person("s-9", F.matsuyama)])
    }

    @Test func aMunicipalityFileSetsItsOwnDayAndLeavesTheRostersDay() {
        let merged = RosterMerge.applying(Self.renewal, to: F.roster)
        #expect(merged.effective == Self.day("2026-04-01"))
        #expect(merged.listsEffective == [F.matsuyama: Self.day("2027-04-01")])
        #expect(merged.effective(of: F.matsuyama) == Self.day("2027-04-01"))
        #expect(merged.effective(of: F.toon) == Self.day("2026-04-01"))
        #expect(merged.staff.map(\.id) == ["s-9", "s-2"] && merged.scope == .full)
    }

    @Test func aListRenewedOnTheRostersOwnDayKeepsNoDayOfItsOwn() {
        var same = Self.renewal
        same.effective = Self.day("2026-04-01")
        let merged = RosterMerge.applying(same, to: RosterMerge.applying(Self.renewal, to: F.roster))
        #expect(merged.listsEffective.isEmpty && merged.effective(of: F.matsuyama) == Self.day("2026-04-01"))
    }

    @Test func aFullFileSetsEveryListToItsDay() {
        var next = F.roster
        next.effective = Self.day("2027-04-01")
        let merged = RosterMerge.applying(next, to: RosterMerge.applying(Self.renewal, to: F.roster))
        #expect(merged == next && merged.listsEffective.isEmpty)
    }

    @Test func aFileOlderThanWhatItReplacesIsFound() {
        let renewed = RosterMerge.applying(Self.renewal, to: F.roster)
        #expect(RosterMerge.earlier(F.roster, than: nil) == nil)
        #expect(RosterMerge.earlier(F.roster, than: F.roster) == nil)
        // The full roster of the year before would take 松山市's new list back.
        #expect(
            RosterMerge.earlier(F.roster, than: renewed)
                == .init(found: Self.day("2026-04-01"), stored: Self.day("2027-04-01"), municipality: F.matsuyama))
        var older = Self.renewal
        older.effective = Self.day("2026-10-01")
        #expect(
            RosterMerge.earlier(older, than: renewed)
                == .init(found: Self.day("2026-10-01"), stored: Self.day("2027-04-01"), municipality: F.matsuyama))
        // Another town's list is only as old as the roster.
        older.scope = .municipality(F.toon)
        #expect(RosterMerge.earlier(older, than: renewed) == nil)
        older.effective = Self.day("2026-03-01")
        #expect(
            RosterMerge.earlier(older, than: renewed)
                == .init(found: Self.day("2026-03-01"), stored: Self.day("2026-04-01"), municipality: F.toon))
        var oldFull = F.roster
        oldFull.effective = Self.day("2025-04-01")
        #expect(
            RosterMerge.earlier(oldFull, than: F.roster)
                == .init(found: Self.day("2025-04-01"), stored: Self.day("2026-04-01"), municipality: nil))
    }

    @Test func listDaysAreChangesOfTheirOwn() {
        let renewed = RosterMerge.applying(Self.renewal, to: F.roster)
        let changes = RosterChanges.between(F.roster, renewed)
        #expect(changes.headerFields.isEmpty && changes.listDays.added == ["382019"])
        var again = Self.renewal
        again.effective = Self.day("2027-05-01")
        #expect(
            RosterChanges.between(renewed, RosterMerge.applying(again, to: renewed)).listDays.changed == [
                .init(key: "382019", fields: ["effective"])
            ])
        #expect(RosterChanges.between(renewed, F.roster).listDays.removed == ["382019"])
        // The same list on a new day is a change, so it is stored.
        var sameStaff = F.roster
        sameStaff.listsEffective = [F.toon: Self.day("2027-04-01")]
        #expect(!RosterChanges.between(F.roster, sameStaff).isEmpty)
    }
}

import Testing

@testable import CounterpartCore

@Suite struct RosterChangesTests {
    typealias F = RosterFixtures

    @Test func theSameRosterHasNoChanges() {
        #expect(RosterChanges.between(F.roster, F.roster).isEmpty)
    }

    @Test func everythingIsAddedToAnEmptyStore() {
        let changes = RosterChanges.between(nil, F.roster)
        #expect(changes.municipalities.added == ["382019", "382035", "382159", "383562"])
        #expect(changes.pairings.added == ["382035"] && changes.groups.added == ["C"])
        #expect(changes.members.added == ["m-1", "p-1"] && changes.staff.added == ["s-1", "s-2"])
    }

    @Test func everyKindOfChangeIsNamedWithItsFields() throws {
        var new = F.roster
        new.effective = try CalendarDay("2027-04-01")
        new.municipalities[0].dispatchCapacity = 12
        new.municipalities.removeLast()
        new.groups[0].pairings[0].secondaries = [F.toon]
        new.members[0].phone = "0895-00-1111"
        new.staff[0].skills = JobCategorySet([.shelter, .health])
        new.staff[1].availability = [try DayRange(from: CalendarDay("2027-04-01"), to: CalendarDay("2028-03-31"))]
        new.staff.append(F.person("s-3", F.toon))
        new.staff.remove(at: 0)
        let changes = RosterChanges.between(F.roster, new)
        #expect(changes.headerFields == ["effective"])
        #expect(changes.municipalities.changed == [.init(key: "382019", fields: ["dispatchCapacity"])])
        #expect(changes.municipalities.removed == ["383562"])
        #expect(changes.pairings.changed == [.init(key: "382035", fields: ["secondaries"])])
        #expect(changes.members.changed == [.init(key: "m-1", fields: ["phone"])])
        #expect(changes.staff.changed == [.init(key: "s-2", fields: ["availability"])])
        #expect(changes.staff.added == ["s-3"] && changes.staff.removed == ["s-1"])
        #expect(changes.groups.isEmpty)
    }

    @Test func aMunicipalityFileReplacesExactlyItsMembersAndStaff() {
        let file = Roster(
            prefecture: F.ehime, effective: try! CalendarDay("2027-04-01"), scope: .municipality(F.matsuyama),
            members: [F.member("m-m-1", F.matsuyama)],
            staff: [F.person("s-9", F.matsuyama), F.person("s-8", F.matsuyama)])
        let merged = RosterMerge.applying(file, to: F.roster)
        #expect(merged.scope == .full)
        #expect(merged.staff.map(\.id) == ["s-9", "s-8", "s-2"])
        #expect(merged.members.map(\.id) == ["m-1", "p-1", "m-m-1"])
        #expect(merged.municipalities == F.roster.municipalities && merged.groups == F.roster.groups)
        // The town's list holds from its file's day; the roster's own day does not move.
        #expect(merged.effective.description == "2026-04-01")
        #expect(merged.effective(of: F.matsuyama).description == "2027-04-01")
        let changes = RosterChanges.between(F.roster, merged)
        #expect(changes.staff.added == ["s-9", "s-8"] && changes.staff.removed == ["s-1"])
    }

    @Test func aFullFileReplacesEverything() {
        var file = F.roster
        file.staff = []
        #expect(RosterMerge.applying(file, to: F.roster) == file)
    }
}

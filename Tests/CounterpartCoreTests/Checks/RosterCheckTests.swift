import Testing

@testable import CounterpartCore

@Suite struct RosterCheckTests {
    typealias F = RosterFixtures

    func problems(_ change: (inout Roster) -> Void) -> [RosterProblem] {
        var roster = F.roster
        change(&roster)
        return RosterCheck.problems(in: roster)
    }

    @Test func theFixtureIsValid() {
        #expect(RosterCheck.problems(in: F.roster).isEmpty)
    }

    @Test func anEmptyRosterIsValid() {
        #expect(
            RosterCheck.problems(in: Roster(prefecture: F.ehime, effective: CalendarDay(daysSinceEpoch: 0))).isEmpty)
    }

    @Test func aMunicipalityListedTwice() {
        let found = problems { $0.municipalities.append(F.municipality(F.toon, "東温市")) }
        #expect(
            found == [
                RosterProblem(.municipality(4), .uniqueMunicipalityCode, "municipality 382159 (東温市) is listed twice")
            ])
    }

    @Test func thePrefectureListedAsAMunicipality() {
        let found = problems { $0.municipalities.append(F.municipality(F.ehime, "愛媛県")) }
        #expect(found.map(\.location) == [.municipality(4)])
    }

    @Test func aGroupIdUsedTwice() {
        let found = problems { $0.groups.append(CounterpartGroup(id: "C", name: "again")) }
        #expect(found == [RosterProblem(.group(1), .uniqueGroupID, "group id 'C' is used twice")])
    }

    @Test func aMunicipalityAffectedInTwoPairingsAcrossGroups() {
        let found = problems {
            $0.groups.append(
                CounterpartGroup(id: "B", name: "B", pairings: [Pairing(affected: F.uwajima, primary: F.toon)]))
        }
        #expect(found.map(\.location) == [.pairing(group: 1, pairing: 0)])
        #expect(found[0].message.contains("already the affected municipality of a pairing in group C"))
    }

    @Test func nobodySupportsItself() {
        let found = problems {
            $0.groups[0].pairings[0].primary = F.uwajima
            $0.groups[0].pairings[0].secondaries.append(F.uwajima)
        }
        #expect(
            found.map(\.location) == [.pairing(group: 0, pairing: 0), .secondary(group: 0, pairing: 0, secondary: 2)])
        #expect(found.map(\.rule) == [.nobodySupportsItself, .nobodySupportsItself])
        #expect(found[0].message == "382035 (宇和島市) cannot be its own primary supporter")
    }

    @Test func supportersOfOnePairingAreDistinct() {
        let found = problems { $0.groups[0].pairings[0].secondaries = [F.toon, F.matsuyama, F.toon] }
        #expect(
            found.map(\.location) == [
                .secondary(group: 0, pairing: 0, secondary: 1), .secondary(group: 0, pairing: 0, secondary: 2),
            ])
    }

    @Test func pairingReferencesMustResolve() {
        let found = problems {
            $0.groups[0].pairings.append(Pairing(affected: F.unknown, primary: F.unknown, secondaries: [F.unknown]))
        }
        // Affected and primary unknown (two problems), supports itself, secondary unknown and supports itself.
        #expect(
            found.map(\.location) == [
                .pairing(group: 0, pairing: 1), .pairing(group: 0, pairing: 1), .pairing(group: 0, pairing: 1),
                .secondary(group: 0, pairing: 1, secondary: 0), .secondary(group: 0, pairing: 1, secondary: 0),
            ])
    }

    @Test func memberIdsAreUniqueAndReferencesResolve() {
        let found = problems {
            $0.members.append(F.member("m-1", F.toon))
            $0.members.append(F.member("m-9", F.unknown))
        }
        #expect(
            found == [
                RosterProblem(.member(2), .uniqueMemberID, "member id 'm-1' is used twice"),
                RosterProblem(
                    .member(3), .memberReferenceResolves,
                    "member 'm-9' names municipality 382051, which is not in the roster"),
            ])
    }

    @Test func headquartersRolesCarryThePrefectureCode() {
        let found = problems { $0.members.append(F.member("hq-x", F.matsuyama, .hqDisaster)) }
        #expect(found.map(\.location) == [.member(2)])
    }

    @Test func staffIdsAreUniqueAndStaffBelongToAMunicipality() {
        let found = problems {
            $0.staff.append(F.person("s-1", F.kamijima))
            $0.staff.append(F.person("s-3", F.ehime))
            $0.staff.append(F.person("s-4", F.unknown))
        }
        #expect(
            found == [
                RosterProblem(.person(2), .uniqueStaffID, "staff id 's-1' is used twice"),
                RosterProblem(
                    .person(3), .staffBelongToAMunicipality,
                    "person 's-3' names the prefecture 380008; dispatchable staff belong to a municipality"),
                RosterProblem(
                    .person(4), .staffReferenceResolves,
                    "person 's-4' names municipality 382051, which is not in the roster"),
            ])
    }

    @Test func aMunicipalityFileCarriesOnlyThatMunicipality() {
        var roster = Roster(
            prefecture: F.ehime, effective: try! CalendarDay("2027-04-01"), scope: .municipality(F.toon),
            members: [F.member("m-t-1", F.toon), F.member("m-x", F.matsuyama)],
            staff: [F.person("s-t-1", F.toon), F.person("s-x", F.matsuyama)])
        #expect(RosterCheck.problems(in: roster).map(\.rule) == [.memberInScope, .staffInScope])
        roster.members.removeLast()
        roster.staff.removeLast()
        #expect(RosterCheck.problems(in: roster).isEmpty)
    }

    @Test func aMunicipalityFileMayNotNameThePrefecture() {
        let roster = Roster(
            prefecture: F.ehime, effective: try! CalendarDay("2027-04-01"), scope: .municipality(F.ehime))
        #expect(RosterCheck.problems(in: roster).map(\.location) == [.root])
    }

    @Test func groupMembersAreEveryCodeOfItsPairings() {
        #expect(F.roster.groups[0].memberCodes == [F.matsuyama, F.uwajima, F.toon, F.kamijima])
        #expect(F.roster.pairing(forAffected: F.uwajima)?.group.id == "C")
        #expect(F.roster.pairing(forAffected: F.matsuyama) == nil)
    }
}

import CounterpartCore
import CounterpartOperations
import Testing

@Suite struct AccessPolicyTests {
    typealias F = OperationsFixtures
    typealias A = AccessFixtures

    /// Every role at every place, for every row of the table: 18 members × 37 rows.
    @Test(arguments: AccessMatrix.rows) func theTableOfAPIMdForEveryRoleAndPlace(row: AccessMatrix.Row) {
        for subject in A.subjects {
            let action = row.act.action(for: subject.member)
            let decision = AccessPolicy.decide(action, by: subject.member, incident: row.incident, roster: A.roster)
            #expect(decision == row.expected(at: subject.place), "\(subject.member.id): \(action)")
        }
    }

    @Test func theMatrixHasEveryActionEveryRoleAndEveryPlace() {
        #expect(
            Set(
                AccessMatrix.rows.compactMap { row -> String? in
                    guard case .action(let action) = row.act else { return nil }
                    return AccessMatrix.kind(action)
                }) == AccessMatrix.allKinds)
        #expect(Set(A.subjects.map(\.member.role)) == Set(HotlineRole.allCases))
        for place in A.Place.allCases.dropFirst() {
            #expect(Set(A.subjects.filter { $0.place == place }.map(\.member.role)) == Set(A.municipalRoles))
        }
        #expect(A.subjects.count * AccessMatrix.rows.count == 702)
    }

    /// "As if it did not exist": a member not concerned is told nothing else first, not even
    /// that headquarters alone may do it, nor that it is their own municipality's request.
    @Test func aMemberNotConcernedGetsNotFoundBeforeAnyOtherAnswer() {
        let imabari = A.subjects.first { $0.place == .imabari }!.member
        for action: AccessAction in [.close, .fileRequest(municipality: A.imabari), .contactSheet] {
            #expect(AccessPolicy.decide(action, by: imabari, incident: A.incident, roster: A.roster) == .notFound)
        }
        #expect(!AccessPolicy.isConcerned(imabari, with: A.incident, in: A.roster))
    }

    /// Extending the incident to 上島町, whose pairing group D holds, concerns 今治 with it.
    @Test func extendingAnIncidentConcernsTheGroupHoldingTheNewPairing() {
        let imabari = A.subjects.first { $0.place == .imabari }!.member
        var extended = A.incident
        extended.affected.append(F.kamijima)
        #expect(AccessPolicy.isConcerned(imabari, with: extended, in: A.roster))
        #expect(AccessPolicy.decide(.see, by: imabari, incident: extended, roster: A.roster) == .allowed)
        #expect(
            AccessPolicy.decide(
                .fileRequest(municipality: A.imabari), by: imabari, incident: extended, roster: A.roster)
                == .allowed)
        #expect(
            AccessPolicy.decide(.plan, by: imabari, incident: extended, roster: A.roster)
                == .forbidden(.headquartersOnly))
    }

    /// HQ is the prefecture's municipality or a headquarters role, as the audience counts it.
    @Test func headquartersIsThePrefecturesMunicipalityOrAHeadquartersRole() {
        let atThePrefecture = F.member("hq-3", F.ehime, .liaison)
        let withTheRole = F.member("hq-4", F.matsuyama, .hqPromotion)
        var roster = A.roster
        roster.members += [atThePrefecture, withTheRole]
        for member in [atThePrefecture, withTheRole] {
            #expect(AccessPolicy.isConcerned(member, with: A.incident, in: roster))
            #expect(AccessPolicy.decide(.plan, by: member, incident: A.incident, roster: roster) == .allowed)
            #expect(AccessPolicy.decide(.importFullRoster, by: member, incident: nil, roster: roster) == .allowed)
        }
    }

    /// A member the roster no longer has is concerned with no incident.
    @Test func aMemberGoneFromTheRosterIsConcernedWithNothing() {
        let gone = F.member("m-382035-9", F.uwajima, .liaison)
        #expect(AccessPolicy.decide(.see, by: gone, incident: A.incident, roster: A.roster) == .notFound)
        let hqGone = F.member("hq-9", F.ehime, .hqDisaster)
        #expect(AccessPolicy.decide(.see, by: hqGone, incident: A.incident, roster: A.roster) == .notFound)
    }

    @Test func onlyAllowedIsAllowed() {
        #expect(AccessDecision.allowed.isAllowed)
        #expect(!AccessDecision.notFound.isAllowed)
        #expect(!AccessDecision.forbidden(.headquartersOnly).isAllowed)
    }
}

/// The rules of a roster that a schema cannot express: unique ids, references that
/// resolve, the shape of pairings and the rules of `scope="municipality"`.
public enum RosterCheck {
    /// Every problem of `roster`, in document order of the kinds checked.
    /// Complexity: O(n) in the size of the roster (hashing).
    public static func problems(in roster: Roster) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        let names = municipalityNames(roster)
        problems += municipalityProblems(roster)
        problems += groupProblems(roster, names: names)
        problems += memberProblems(roster, names: names)
        problems += staffProblems(roster, names: names)
        problems += scopeProblems(roster)
        return problems
    }

    static func municipalityNames(_ roster: Roster) -> [LocalGovernmentCode: String] {
        var names: [LocalGovernmentCode: String] = [:]
        for municipality in roster.municipalities where names[municipality.code] == nil {
            names[municipality.code] = municipality.name
        }
        return names
    }

    static func municipalityProblems(_ roster: Roster) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        var seen: Set<LocalGovernmentCode> = []
        for (index, municipality) in roster.municipalities.enumerated() {
            if municipality.code == roster.prefecture {
                problems.append(
                    .init(
                        .municipality(index), .prefectureIsNotAMunicipality,
                        "municipality \(municipality.code) is the prefecture's own code; the prefecture is not listed as a municipality"
                    ))
            }
            if !seen.insert(municipality.code).inserted {
                problems.append(
                    .init(
                        .municipality(index), .uniqueMunicipalityCode,
                        "municipality \(municipality.code) (\(municipality.name)) is listed twice"))
            }
        }
        return problems
    }

    static func groupProblems(_ roster: Roster, names: [LocalGovernmentCode: String]) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        var groupIDs: Set<GroupID> = []
        var affectedIn: [LocalGovernmentCode: GroupID] = [:]
        for (groupIndex, group) in roster.groups.enumerated() {
            if !groupIDs.insert(group.id).inserted {
                problems.append(.init(.group(groupIndex), .uniqueGroupID, "group id '\(group.id)' is used twice"))
            }
            for (pairingIndex, pairing) in group.pairings.enumerated() {
                let location = RosterLocation.pairing(group: groupIndex, pairing: pairingIndex)
                let label = describe(pairing.affected, names)
                if let earlier = affectedIn[pairing.affected] {
                    problems.append(
                        .init(
                            location, .affectedInOnePairing,
                            "\(label) is already the affected municipality of a pairing in group \(earlier); a municipality may be affected in at most one pairing"
                        ))
                } else {
                    affectedIn[pairing.affected] = group.id
                }
                problems += pairingProblems(pairing, group: groupIndex, pairing: pairingIndex, names: names)
            }
        }
        return problems
    }

    static func pairingProblems(
        _ pairing: Pairing, group: Int, pairing index: Int, names: [LocalGovernmentCode: String]
    ) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        let location = RosterLocation.pairing(group: group, pairing: index)
        for (role, code) in [("affected", pairing.affected), ("primary", pairing.primary)] where names[code] == nil {
            problems.append(
                .init(
                    location, .pairingReferenceResolves,
                    "pairing's \(role) municipality \(code) is not in the roster's municipalities"))
        }
        if pairing.primary == pairing.affected {
            problems.append(
                .init(
                    location, .nobodySupportsItself,
                    "\(describe(pairing.affected, names)) cannot be its own primary supporter"))
        }
        var supporters: Set<LocalGovernmentCode> = [pairing.primary]
        for (position, code) in pairing.secondaries.enumerated() {
            let secondary = RosterLocation.secondary(group: group, pairing: index, secondary: position)
            if names[code] == nil {
                problems.append(
                    .init(
                        secondary, .pairingReferenceResolves,
                        "secondary supporter \(code) is not in the roster's municipalities"))
            }
            if code == pairing.affected {
                problems.append(
                    .init(
                        secondary, .nobodySupportsItself,
                        "\(describe(code, names)) cannot be its own secondary supporter"))
            } else if !supporters.insert(code).inserted {
                problems.append(
                    .init(
                        secondary, .distinctSupporters,
                        "\(describe(code, names)) already supports \(describe(pairing.affected, names)) in this pairing; supporters must be distinct"
                    ))
            }
        }
        return problems
    }

    static func memberProblems(_ roster: Roster, names: [LocalGovernmentCode: String]) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        var seen: Set<MemberID> = []
        seen.reserveCapacity(roster.members.count)
        for (index, member) in roster.members.enumerated() {
            if !seen.insert(member.id).inserted {
                problems.append(.init(.member(index), .uniqueMemberID, "member id '\(member.id)' is used twice"))
            }
            let isPrefecture = member.municipality == roster.prefecture
            if member.role.isHeadquarters && !isPrefecture {
                problems.append(
                    .init(
                        .member(index), .headquartersCarryPrefectureCode,
                        "member '\(member.id)' has the headquarters role \(member.role) but municipality \(member.municipality); headquarters staff carry the prefecture's code \(roster.prefecture)"
                    ))
            } else if !isPrefecture && roster.scope == .full && names[member.municipality] == nil {
                problems.append(
                    .init(
                        .member(index), .memberReferenceResolves,
                        "member '\(member.id)' names municipality \(member.municipality), which is not in the roster"))
            }
        }
        return problems
    }

    static func staffProblems(_ roster: Roster, names: [LocalGovernmentCode: String]) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        let checksReferences = roster.scope == .full
        roster.staff.withUnsafeBufferPointer { staff in
            // Ids in strictly increasing order (as Counterpart writes them) are unique
            // without a table.
            let isSorted = staff.indices.dropFirst().allSatisfy { staff[$0 - 1].id.rawValue < staff[$0].id.rawValue }
            var seen = IdentifierTable(capacity: isSorted ? 0 : staff.count)
            // People come grouped by municipality: the last code looked up is remembered.
            var lastLookedUp: (code: LocalGovernmentCode, isKnown: Bool)?
            for index in staff.indices {
                if !isSorted, seen.insert(staff[index].id.rawValue, at: index, idAt: { staff[$0].id.rawValue }) != nil {
                    problems.append(
                        .init(.person(index), .uniqueStaffID, "staff id '\(staff[index].id)' is used twice"))
                }
                let municipality = staff[index].municipality
                if lastLookedUp?.code != municipality { lastLookedUp = (municipality, names[municipality] != nil) }
                if municipality == roster.prefecture {
                    problems.append(
                        .init(
                            .person(index), .staffBelongToAMunicipality,
                            "person '\(staff[index].id)' names the prefecture \(roster.prefecture); dispatchable staff belong to a municipality"
                        ))
                } else if checksReferences && lastLookedUp?.isKnown == false {
                    problems.append(
                        .init(
                            .person(index), .staffReferenceResolves,
                            "person '\(staff[index].id)' names municipality \(municipality), which is not in the roster"
                        ))
                }
            }
        }
        return problems
    }

    static func scopeProblems(_ roster: Roster) -> [RosterProblem] {
        guard case .municipality(let code) = roster.scope else { return [] }
        var problems: [RosterProblem] = []
        if code == roster.prefecture {
            problems.append(
                .init(
                    .root, .scopeNamesAMunicipality,
                    "scope=\"municipality\" names the prefecture \(code); it must name one municipality"))
        }
        for (index, member) in roster.members.enumerated()
        where member.municipality != code {
            problems.append(
                .init(
                    .member(index), .memberInScope,
                    "member '\(member.id)' belongs to \(member.municipality), but this file replaces only municipality \(code)"
                ))
        }
        for (index, person) in roster.staff.enumerated()
        where person.municipality != code && person.municipality != roster.prefecture {
            problems.append(
                .init(
                    .person(index), .staffInScope,
                    "person '\(person.id)' belongs to \(person.municipality), but this file replaces only municipality \(code)"
                ))
        }
        return problems
    }

    static func describe(_ code: LocalGovernmentCode, _ names: [LocalGovernmentCode: String]) -> String {
        if let name = names[code] { return "\(code) (\(name))" }
        return "\(code)"
    }
}

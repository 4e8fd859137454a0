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
                        "municipality \(municipality.code) is the prefecture's own code; the prefecture is not listed as a municipality",
                        japanese:
                            "市町 \(municipality.code) は県の団体コードです。県は市町一覧 <municipalities> には書きません。"
                    ))
            }
            if !seen.insert(municipality.code).inserted {
                problems.append(
                    .init(
                        .municipality(index), .uniqueMunicipalityCode,
                        "municipality \(municipality.code) (\(municipality.name)) is listed twice",
                        japanese: "市町 \(municipality.code)（\(municipality.name)）が2回書かれています。1つの市町は1回だけ書けます。"))
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
                problems.append(
                    .init(
                        .group(groupIndex), .uniqueGroupID, "group id '\(group.id)' is used twice",
                        japanese: "グループID id=\"\(group.id)\" が2回使われています。グループIDは重ならないようにしてください。"))
            }
            for (pairingIndex, pairing) in group.pairings.enumerated() {
                let location = RosterLocation.pairing(group: groupIndex, pairing: pairingIndex)
                let label = describe(pairing.affected, names)
                if let earlier = affectedIn[pairing.affected] {
                    problems.append(
                        .init(
                            location, .affectedInOnePairing,
                            "\(label) is already the affected municipality of a pairing in group \(earlier); a municipality may be affected in at most one pairing",
                            japanese:
                                "\(describeInJapanese(pairing.affected, names)) はすでにグループ \(earlier) のカウンターパートで被災市町 affected になっています。被災市町になれるのは名簿全体で1つのカウンターパートだけです。"
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
        let roles = [("affected", "被災市町", pairing.affected), ("primary", "一次支援市", pairing.primary)]
        for (role, japaneseRole, code) in roles where names[code] == nil {
            problems.append(
                .init(
                    location, .pairingReferenceResolves,
                    "pairing's \(role) municipality \(code) is not in the roster's municipalities",
                    japanese:
                        "カウンターパートの\(japaneseRole) \(role)=\"\(code)\" は名簿の市町一覧 <municipalities> にありません。"))
        }
        if pairing.primary == pairing.affected {
            problems.append(
                .init(
                    location, .nobodySupportsItself,
                    "\(describe(pairing.affected, names)) cannot be its own primary supporter",
                    japanese:
                        "\(describeInJapanese(pairing.affected, names)) が自分自身の一次支援市 primary になっています。被災市町とは別の市町にしてください。"
                ))
        }
        var supporters: Set<LocalGovernmentCode> = [pairing.primary]
        for (position, code) in pairing.secondaries.enumerated() {
            let secondary = RosterLocation.secondary(group: group, pairing: index, secondary: position)
            if names[code] == nil {
                problems.append(
                    .init(
                        secondary, .pairingReferenceResolves,
                        "secondary supporter \(code) is not in the roster's municipalities",
                        japanese: "二次支援市町 code=\"\(code)\" は名簿の市町一覧 <municipalities> にありません。"))
            }
            if code == pairing.affected {
                problems.append(
                    .init(
                        secondary, .nobodySupportsItself,
                        "\(describe(code, names)) cannot be its own secondary supporter",
                        japanese:
                            "\(describeInJapanese(code, names)) が自分自身の二次支援市町 <secondary> になっています。被災市町とは別の市町にしてください。"
                    ))
            } else if !supporters.insert(code).inserted {
                problems.append(
                    .init(
                        secondary, .distinctSupporters,
                        "\(describe(code, names)) already supports \(describe(pairing.affected, names)) in this pairing; supporters must be distinct",
                        japanese:
                            "\(describeInJapanese(code, names)) はこのカウンターパートですでに \(describeInJapanese(pairing.affected, names)) を支援しています。一次支援市と二次支援市町はすべて別の市町にしてください。"
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
                problems.append(
                    .init(
                        .member(index), .uniqueMemberID, "member id '\(member.id)' is used twice",
                        japanese:
                            "ホットライン登録者ID id=\"\(member.id)\" が2回使われています。登録者IDは重ならないようにしてください。"))
            }
            let isPrefecture = member.municipality == roster.prefecture
            if member.role.isHeadquarters && !isPrefecture {
                problems.append(
                    .init(
                        .member(index), .headquartersCarryPrefectureCode,
                        "member '\(member.id)' has the headquarters role \(member.role) but municipality \(member.municipality); headquarters staff carry the prefecture's code \(roster.prefecture)",
                        japanese:
                            "ホットライン登録者 \(member.id) の役割 role=\"\(member.role)\"（\(member.role.japaneseLabel)）は県本部の役割ですが、所属市町 municipality が \(member.municipality) になっています。県本部の登録者の所属は県の団体コード \(roster.prefecture) にしてください。"
                    ))
            } else if !isPrefecture && roster.scope == .full && names[member.municipality] == nil {
                problems.append(
                    .init(
                        .member(index), .memberReferenceResolves,
                        "member '\(member.id)' names municipality \(member.municipality), which is not in the roster",
                        japanese:
                            "ホットライン登録者 \(member.id) の所属市町 municipality=\"\(member.municipality)\" は名簿の市町一覧 <municipalities> にありません。"
                    ))
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
                        .init(
                            .person(index), .uniqueStaffID, "staff id '\(staff[index].id)' is used twice",
                            japanese:
                                "職員ID id=\"\(staff[index].id)\" が2回使われています。派遣可能職員のIDは重ならないようにしてください。"))
                }
                let municipality = staff[index].municipality
                if lastLookedUp?.code != municipality { lastLookedUp = (municipality, names[municipality] != nil) }
                if municipality == roster.prefecture {
                    problems.append(
                        .init(
                            .person(index), .staffBelongToAMunicipality,
                            "person '\(staff[index].id)' names the prefecture \(roster.prefecture); dispatchable staff belong to a municipality",
                            japanese:
                                "派遣可能職員 \(staff[index].id) の所属市町 municipality が県の団体コード \(roster.prefecture) になっています。派遣可能職員はいずれかの市町に所属します。"
                        ))
                } else if checksReferences && lastLookedUp?.isKnown == false {
                    problems.append(
                        .init(
                            .person(index), .staffReferenceResolves,
                            "person '\(staff[index].id)' names municipality \(municipality), which is not in the roster",
                            japanese:
                                "派遣可能職員 \(staff[index].id) の所属市町 municipality=\"\(municipality)\" は名簿の市町一覧 <municipalities> にありません。"
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
                    "scope=\"municipality\" names the prefecture \(code); it must name one municipality",
                    japanese:
                        "scope=\"municipality\" の municipality=\"\(code)\" が県の団体コードです。このファイルで置き換える1つの市町のコードにしてください。"
                ))
        }
        for (index, member) in roster.members.enumerated()
        where member.municipality != code {
            problems.append(
                .init(
                    .member(index), .memberInScope,
                    "member '\(member.id)' belongs to \(member.municipality), but this file replaces only municipality \(code)",
                    japanese:
                        "ホットライン登録者 \(member.id) の所属は \(member.municipality) ですが、このファイルが置き換えるのは市町 \(code) だけです。\(code) の登録者だけを書いてください。"
                ))
        }
        for (index, person) in roster.staff.enumerated()
        where person.municipality != code && person.municipality != roster.prefecture {
            problems.append(
                .init(
                    .person(index), .staffInScope,
                    "person '\(person.id)' belongs to \(person.municipality), but this file replaces only municipality \(code)",
                    japanese:
                        "派遣可能職員 \(person.id) の所属は \(person.municipality) ですが、このファイルが置き換えるのは市町 \(code) だけです。\(code) の職員だけを書いてください。"
                ))
        }
        return problems
    }

    static func describe(_ code: LocalGovernmentCode, _ names: [LocalGovernmentCode: String]) -> String {
        if let name = names[code] { return "\(code) (\(name))" }
        return "\(code)"
    }

    /// `382035（宇和島市）`, or the code alone when the roster does not name it.
    static func describeInJapanese(_ code: LocalGovernmentCode, _ names: [LocalGovernmentCode: String]) -> String {
        if let name = names[code] { return "\(code)（\(name)）" }
        return "\(code)"
    }
}

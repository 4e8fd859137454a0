/// Where in a roster a problem lies, by element position, so that the XML layer can
/// name the line.
public enum RosterLocation: Hashable, Sendable {
    /// The `roster` element itself.
    case root
    /// The n-th `municipality`.
    case municipality(Int)
    /// The n-th `group`.
    case group(Int)
    /// A `pairing`, by group and position in the group.
    case pairing(group: Int, pairing: Int)
    /// A pairing's `secondary`, by group, pairing and position.
    case secondary(group: Int, pairing: Int, secondary: Int)
    /// The n-th `member`.
    case member(Int)
    /// The n-th `person`.
    case person(Int)
}

/// One thing wrong with a roster that its schema cannot see.
public typealias RosterProblem = CheckProblem<RosterLocation, RosterRule>

/// The rules of a roster beyond its schema, one case each.
public enum RosterRule: Hashable, Sendable, CaseIterable {
    case uniqueMunicipalityCode, prefectureIsNotAMunicipality, uniqueGroupID
    case affectedInOnePairing, pairingReferenceResolves, nobodySupportsItself, distinctSupporters
    case uniqueMemberID, headquartersCarryPrefectureCode, memberReferenceResolves
    case uniqueStaffID, staffBelongToAMunicipality, staffReferenceResolves
    case scopeNamesAMunicipality, memberInScope, staffInScope

    /// Whether the rule compares codes with the prefecture's code.
    public var readsPrefecture: Bool {
        switch self {
        case .prefectureIsNotAMunicipality, .headquartersCarryPrefectureCode, .memberReferenceResolves,
            .staffBelongToAMunicipality, .scopeNamesAMunicipality:
            return true
        default: return false
        }
    }

    /// Whether the rule reads the municipality named by `scope="municipality"`.
    public var readsScope: Bool {
        self == .scopeNamesAMunicipality || self == .memberInScope || self == .staffInScope
    }

    /// Whether the rule reads the municipality an element names (rather than its id).
    public var readsReference: Bool {
        switch self {
        case .headquartersCarryPrefectureCode, .memberReferenceResolves, .staffBelongToAMunicipality,
            .staffReferenceResolves, .memberInScope, .staffInScope:
            return true
        default: return false
        }
    }
}

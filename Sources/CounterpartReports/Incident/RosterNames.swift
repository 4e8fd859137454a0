import CounterpartCore

/// Names for the ids a report shows: municipalities, staff and hotline members of one roster.
public struct RosterNames: Sendable {
    /// The roster the names come from.
    public let roster: Roster
    private let staffNames: [StaffID: String]
    private let membersByID: [MemberID: HotlineMember]

    /// The names of `roster`.
    public init(roster: Roster) {
        self.roster = roster
        staffNames = Dictionary(roster.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        membersByID = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The name of a person of the roster, if it has them.
    public func staffName(_ id: StaffID) -> String? { staffNames[id] }

    /// A hotline member of the roster, if it has them.
    public func member(_ id: MemberID) -> HotlineMember? { membersByID[id] }

    /// `宇和島市` for a code, `県本部 headquarters` for the prefecture, or the code itself when
    /// the roster lacks it.
    public func name(_ code: LocalGovernmentCode) -> String { name(code, language: .english) }

    /// `宇和島市` for a code, the prefecture as `県本部` (with `headquarters` in English), or
    /// the code itself when the roster lacks it.
    public func name(_ code: LocalGovernmentCode, language: Language) -> String {
        if code == roster.prefecture { return language.pick("県本部", "県本部 headquarters") }
        return roster.municipality(code)?.name ?? code.description
    }
}

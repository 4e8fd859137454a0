/// Everything the prefecture keeps between incidents: municipalities, counterpart groups,
/// hotline members and dispatchable staff.
public struct Roster: Hashable, Sendable {
    /// The prefecture's code (for Ehime, 380008).
    public var prefecture: LocalGovernmentCode
    /// The day from which the roster holds: the day of the last full roster imported.
    public var effective: CalendarDay
    /// The day from which a municipality's list (its members and staff) holds, for the
    /// municipalities whose list was renewed on its own (a `scope="municipality"` file) with
    /// another day than ``effective``; every other municipality's list holds from
    /// ``effective``. See ``effective(of:)``.
    public var listsEffective: [LocalGovernmentCode: CalendarDay]
    /// Whether this is the whole roster or one municipality's part.
    public var scope: RosterScope
    /// The municipalities, in the order written.
    public var municipalities: [Municipality]
    /// The counterpart groups, in the order written.
    public var groups: [CounterpartGroup]
    /// The hotline members, in the order written.
    public var members: [HotlineMember]
    /// The dispatchable staff, in the order written.
    public var staff: [StaffPerson]

    /// A roster.
    public init(
        prefecture: LocalGovernmentCode, effective: CalendarDay, scope: RosterScope = .full,
        municipalities: [Municipality] = [], groups: [CounterpartGroup] = [],
        members: [HotlineMember] = [], staff: [StaffPerson] = [],
        listsEffective: [LocalGovernmentCode: CalendarDay] = [:]
    ) {
        self.prefecture = prefecture
        self.effective = effective
        self.scope = scope
        self.municipalities = municipalities
        self.groups = groups
        self.members = members
        self.staff = staff
        self.listsEffective = listsEffective
    }

    /// The day from which the list of municipality `code` holds.
    public func effective(of code: LocalGovernmentCode) -> CalendarDay { listsEffective[code] ?? effective }

    /// The municipality with this code, if the roster has it.
    /// Complexity: O(n); build a dictionary for repeated look-ups.
    public func municipality(_ code: LocalGovernmentCode) -> Municipality? {
        municipalities.first { $0.code == code }
    }

    /// The pairing in which `code` is the affected municipality, with its group.
    public func pairing(forAffected code: LocalGovernmentCode) -> (group: CounterpartGroup, pairing: Pairing)? {
        for group in groups {
            if let pairing = group.pairings.first(where: { $0.affected == code }) {
                return (group, pairing)
            }
        }
        return nil
    }
}

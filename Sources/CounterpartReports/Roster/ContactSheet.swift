import CounterpartCore

/// The contents of the contact sheet (連絡網), shared by its text and HTML forms.
public struct ContactSheet: Hashable, Sendable {
    /// One municipality of a group: its hotline members and, when it is the affected side of
    /// a pairing, its supporters.
    public struct Entry: Hashable, Sendable {
        /// The municipality.
        public var municipality: Municipality
        /// Its hotline members, by role then id.
        public var members: [HotlineMember]
        /// Its primary supporter as `松山市 382019`, when a pairing names one.
        public var primary: String?
        /// Its secondary supporters, labelled as `primary` is.
        public var secondaries: [String]
    }

    /// One counterpart group and its municipalities, in code order.
    public struct Group: Hashable, Sendable {
        /// The group's id.
        public var id: GroupID
        /// The group's name.
        public var name: String
        /// Its municipalities.
        public var entries: [Entry]
    }

    /// The prefecture's code.
    public var prefecture: LocalGovernmentCode
    /// The roster's effective day.
    public var effective: CalendarDay
    /// The groups shown, in id order.
    public var groups: [Group]
    /// Headquarters staff, who sit in every group.
    public var headquarters: [HotlineMember]

    /// The sheet of every group of `roster`, or of the group `only` (no group when the
    /// roster has none with that id).
    public init(roster: Roster, group only: GroupID?) {
        prefecture = roster.prefecture
        effective = roster.effective
        let names = Dictionary(
            roster.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let byCode = Dictionary(roster.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        func label(_ code: LocalGovernmentCode) -> String { "\(names[code] ?? "") \(code)" }
        headquarters = roster.members.filter { $0.municipality == roster.prefecture }.sorted {
            ($0.role, $0.id) < ($1.role, $1.id)
        }
        groups = roster.groups.filter { only == nil || $0.id == only }.sorted { $0.id < $1.id }.map { group in
            Group(
                id: group.id, name: group.name,
                entries: group.memberCodes.compactMap { code in
                    guard let municipality = byCode[code] else { return nil }
                    let pairing = group.pairings.first { $0.affected == code }
                    return Entry(
                        municipality: municipality,
                        members: roster.members.filter { $0.municipality == code }.sorted {
                            ($0.role, $0.id) < ($1.role, $1.id)
                        },
                        primary: pairing.map { label($0.primary) }, secondaries: pairing?.secondaries.map(label) ?? [])
                })
        }
    }
}

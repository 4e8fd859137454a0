/// What changes between two rosters, kind by kind: added, removed and changed entries,
/// each changed one with the names of its changed fields.
public struct RosterChanges: Hashable, Sendable {
    /// The changes of one kind of entry (municipalities, pairings, members or staff).
    public struct Kind: Hashable, Sendable {
        /// Keys of entries only in the new roster, in its order.
        public var added: [String] = []
        /// Keys of entries only in the old roster, in its order.
        public var removed: [String] = []
        /// Entries in both that differ, with the fields that differ, in the new order.
        public var changed: [ChangedEntry] = []

        /// Whether nothing changed.
        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
    }

    /// An entry kept with some fields changed.
    public struct ChangedEntry: Hashable, Sendable {
        /// The entry's key (code or id).
        public var key: String
        /// The names of the changed fields, as in the XML.
        public var fields: [String]
    }

    /// Municipalities, by code.
    public var municipalities = Kind()
    /// Groups, by id.
    public var groups = Kind()
    /// Pairings, by affected municipality.
    public var pairings = Kind()
    /// Hotline members, by id.
    public var members = Kind()
    /// Dispatchable staff, by id.
    public var staff = Kind()
    /// Municipalities' own effective days (``Roster/listsEffective``), by code: added when a
    /// municipality's list is renewed with a day of its own, removed when a full roster sets
    /// every list to its day again, changed (`effective`) when a list is renewed again.
    public var listDays = Kind()
    /// Whether the roster's prefecture or effective day changed.
    public var headerFields: [String] = []

    /// Whether nothing changed at all.
    public var isEmpty: Bool {
        headerFields.isEmpty && municipalities.isEmpty && groups.isEmpty && pairings.isEmpty && members.isEmpty
            && staff.isEmpty && listDays.isEmpty
    }

    /// The changes from `old` (`nil`: nothing kept yet) to `new`.
    /// Complexity: O(n) in the size of both rosters (hashing).
    public static func between(_ old: Roster?, _ new: Roster) -> RosterChanges {
        var changes = RosterChanges()
        if let old {
            if old.prefecture != new.prefecture { changes.headerFields.append("prefecture") }
            if old.effective != new.effective { changes.headerFields.append("effective") }
        }
        changes.municipalities = compare(
            old?.municipalities ?? [], new.municipalities, key: { $0.code.description },
            fields: [
                ("name", { $0.name }), ("kind", { $0.kind.rawValue }), ("lat", { String($0.latitude) }),
                ("lon", { String($0.longitude) }),
                ("dispatchCapacity", { $0.dispatchCapacity.map(String.init) ?? "" }),
                ("population", { $0.population.map(String.init) ?? "" }),
            ])
        changes.groups = compare(
            old?.groups ?? [], new.groups, key: { $0.id.rawValue }, fields: [("name", { $0.name })])
        let oldPairings = (old?.groups ?? []).flatMap { group in group.pairings.map { (group.id, $0) } }
        let newPairings = new.groups.flatMap { group in group.pairings.map { (group.id, $0) } }
        changes.pairings = compare(
            oldPairings, newPairings, key: { $0.1.affected.description }, same: { $0 == $1 },
            fields: [
                ("group", { $0.0.rawValue }), ("primary", { $0.1.primary.description }),
                ("secondaries", { $0.1.secondaries.map(\.description).joined(separator: " ") }),
                ("status", { $0.1.status?.rawValue ?? "" }),
            ])
        changes.members = compare(
            old?.members ?? [], new.members, key: { $0.id.rawValue },
            fields: [
                ("municipality", { $0.municipality.description }), ("role", { $0.role.rawValue }),
                ("name", { $0.name }),
                ("phone", { $0.phone ?? "" }), ("email", { $0.email ?? "" }),
            ])
        changes.staff = compare(
            old?.staff ?? [], new.staff, key: { $0.id.rawValue },
            fields: [
                ("municipality", { $0.municipality.description }), ("name", { $0.name }),
                ("skills", { $0.skills.description }),
                ("availability", { $0.availability.map(\.description).joined(separator: " ") }),
            ])
        changes.listDays = compare(
            (old?.listsEffective ?? [:]).sorted { $0.key < $1.key }, new.listsEffective.sorted { $0.key < $1.key },
            key: { $0.key.description }, same: { $0 == $1 }, fields: [("effective", { $0.value.description })])
        return changes
    }

    private static func compare<Entry: Equatable>(
        _ old: [Entry], _ new: [Entry], key: @escaping (Entry) -> String, fields: [(String, (Entry) -> String)]
    ) -> Kind {
        compare(old, new, key: key, same: ==, fields: fields)
    }

    private static func compare<Entry>(
        _ old: [Entry], _ new: [Entry], key: @escaping (Entry) -> String, same: @escaping (Entry, Entry) -> Bool,
        fields: [(String, (Entry) -> String)]
    ) -> Kind {
        let comparison = KeyedComparison(key: key, same: same, fields: fields)
        if old.isEmpty {
            // Everything is new (a first import): no sets to build. Keys of a valid roster are unique.
            return Kind(added: new.map(key))
        }
        if comparison.isStrictlyIncreasing(old) && comparison.isStrictlyIncreasing(new) {
            return comparison.merging(old, new)
        }
        return comparison.matchingByKey(old, new)
    }
}

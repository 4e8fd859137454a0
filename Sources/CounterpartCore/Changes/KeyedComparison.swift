/// The two ways ``RosterChanges`` pairs the old and new entries of one kind by key. Both give
/// the same ``RosterChanges/Kind``: added keys in the new order, removed keys in the old
/// order, changed entries in the new order.
struct KeyedComparison<Entry> {
    /// The entry's key (code or id).
    var key: (Entry) -> String
    /// A quick test that spares comparing the fields of unchanged entries, which on a
    /// re-import are nearly all of them.
    var same: (Entry, Entry) -> Bool
    /// Each field's name and value as text.
    var fields: [(String, (Entry) -> String)]

    /// Whether the keys of `entries` strictly increase in byte order (as the store returns
    /// them, and as Counterpart writes files).
    func isStrictlyIncreasing(_ entries: [Entry]) -> Bool {
        entries.indices.dropFirst().allSatisfy { KeyedComparison.precedes(key(entries[$0 - 1]), key(entries[$0])) }
    }

    /// Both lists sorted by key: one walk along both, no table built (a million-person
    /// re-import needs neither the time nor the memory of a dictionary).
    func merging(_ old: [Entry], _ new: [Entry]) -> RosterChanges.Kind {
        var kind = RosterChanges.Kind()
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            let oldKey = oldIndex < old.count ? key(old[oldIndex]) : nil
            let newKey = newIndex < new.count ? key(new[newIndex]) : nil
            if let oldKey, newKey.map({ KeyedComparison.precedes(oldKey, $0) }) ?? true {
                kind.removed.append(oldKey)
                oldIndex += 1
            } else if let newKey, oldKey.map({ KeyedComparison.precedes(newKey, $0) }) ?? true {
                kind.added.append(newKey)
                newIndex += 1
            } else {
                if let changed = changedEntry(old[oldIndex], new[newIndex]) { kind.changed.append(changed) }
                oldIndex += 1
                newIndex += 1
            }
        }
        return kind
    }

    /// Any order: the old entries are looked up by key in a dictionary. A key repeated in
    /// either list counts once, at its first place.
    func matchingByKey(_ old: [Entry], _ new: [Entry]) -> RosterChanges.Kind {
        var kind = RosterChanges.Kind()
        var oldByKey: [String: Entry] = [:]
        oldByKey.reserveCapacity(old.count)
        for entry in old where oldByKey[key(entry)] == nil { oldByKey[key(entry)] = entry }
        var newKeys = Set<String>(minimumCapacity: new.count)
        for entry in new {
            let entryKey = key(entry)
            guard newKeys.insert(entryKey).inserted else { continue }
            guard let previous = oldByKey[entryKey] else {
                kind.added.append(entryKey)
                continue
            }
            if let changed = changedEntry(previous, entry) { kind.changed.append(changed) }
        }
        var removedKeys = Set<String>()
        for entry in old where !newKeys.contains(key(entry)) && removedKeys.insert(key(entry)).inserted {
            kind.removed.append(key(entry))
        }
        return kind
    }

    /// The fields in which `new` differs from `old`, or `nil` when none does.
    private func changedEntry(_ old: Entry, _ new: Entry) -> RosterChanges.ChangedEntry? {
        if same(old, new) { return nil }
        let differing = fields.filter { $0.1(old) != $0.1(new) }.map(\.0)
        return differing.isEmpty ? nil : RosterChanges.ChangedEntry(key: key(new), fields: differing)
    }

    /// Byte order of the UTF-8 text, which is SQLite's order for the stored keys.
    static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}

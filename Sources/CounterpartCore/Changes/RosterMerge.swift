/// How roster files combine with the roster already kept: a full file replaces everything,
/// a `scope="municipality"` file replaces exactly that municipality's members and staff.
public enum RosterMerge {
    /// A file that would replace a later roster (or list) than itself.
    public struct EarlierFile: Hashable, Sendable {
        /// The file's effective day.
        public var found: CalendarDay
        /// The latest effective day of what it would replace.
        public var stored: CalendarDay
        /// The municipality whose list holds from `stored`, when that is not the whole roster's day.
        public var municipality: LocalGovernmentCode?
    }

    /// `file` applied to `current` (`nil` when nothing is kept yet).
    ///
    /// A municipality file's members and staff take the place of the municipality's old ones,
    /// at the position of the first of them (or at the end when it had none), so that the
    /// order of everything else is kept. Its effective day becomes that municipality's
    /// (``Roster/listsEffective``); the roster's own day stays that of its last full file, so
    /// that one town's renewal does not make everyone else's list look renewed.
    public static func applying(_ file: Roster, to current: Roster?) -> Roster {
        guard case .municipality(let code) = file.scope else {
            return file
        }
        var merged = current ?? Roster(prefecture: file.prefecture, effective: file.effective)
        merged.scope = .full
        merged.listsEffective[code] = file.effective == merged.effective ? nil : file.effective
        merged.members = replacing(in: merged.members, where: { $0.municipality == code }, with: file.members)
        merged.staff = replacing(in: merged.staff, where: { $0.municipality == code }, with: file.staff)
        return merged
    }

    /// What `file` would replace that holds from a later day than the file: for a full
    /// file, the latest day of the roster or of any municipality's list; for a municipality
    /// file, that municipality's list. `nil` when the file is not earlier (or nothing is kept).
    /// Complexity: O(m) in the number of renewed lists.
    public static func earlier(_ file: Roster, than current: Roster?) -> EarlierFile? {
        guard let current else { return nil }
        switch file.scope {
        case .municipality(let code):
            let stored = current.effective(of: code)
            return file.effective < stored
                ? EarlierFile(found: file.effective, stored: stored, municipality: code) : nil
        case .full:
            // The latest list, the lowest code among lists of the same day.
            let latest = current.listsEffective.min {
                $0.value != $1.value ? $0.value > $1.value : $0.key.description < $1.key.description
            }
            if let latest, latest.value > current.effective, file.effective < latest.value {
                return EarlierFile(found: file.effective, stored: latest.value, municipality: latest.key)
            }
            return file.effective < current.effective
                ? EarlierFile(found: file.effective, stored: current.effective, municipality: nil) : nil
        }
    }

    private static func replacing<Element>(in elements: [Element], where isOld: (Element) -> Bool, with new: [Element])
        -> [Element]
    {
        let insertion = elements.firstIndex(where: isOld) ?? elements.count
        var result = Array(elements[..<insertion].filter { !isOld($0) })
        result += new
        result += elements[insertion...].filter { !isOld($0) }
        return result
    }
}

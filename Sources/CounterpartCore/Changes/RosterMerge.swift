/// How roster files combine with the roster already kept: a full file replaces everything,
/// a `scope="municipality"` file replaces exactly that municipality's members and staff.
public enum RosterMerge {
    /// `file` applied to `current` (`nil` when nothing is kept yet).
    ///
    /// A municipality file's members and staff take the place of the municipality's old ones,
    /// at the position of the first of them (or at the end when it had none), so that the
    /// order of everything else is kept.
    public static func applying(_ file: Roster, to current: Roster?) -> Roster {
        guard case .municipality(let code) = file.scope else {
            return file
        }
        var merged = current ?? Roster(prefecture: file.prefecture, effective: file.effective)
        merged.scope = .full
        merged.effective = max(merged.effective, file.effective)
        merged.members = replacing(in: merged.members, where: { $0.municipality == code }, with: file.members)
        merged.staff = replacing(in: merged.staff, where: { $0.municipality == code }, with: file.staff)
        return merged
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

import CounterpartCore

/// The municipalities hit at once in one case of a coverage sweep: one, or two.
public struct HitSet: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hit municipalities' codes, ascending.
    public let codes: [LocalGovernmentCode]

    /// A set of hit municipalities; the codes are kept ascending and must be distinct.
    public init(_ codes: [LocalGovernmentCode]) {
        precondition(!codes.isEmpty, "a hit set holds at least one municipality")
        precondition(Set(codes).count == codes.count, "a municipality is hit once")
        self.codes = codes.sorted()
    }

    /// How many municipalities are hit.
    public var size: Int { codes.count }

    /// Every single hit over `codes`, then, when `depth` is 2, every pair, each in code order
    /// (any other depth gives the single hits only).
    /// Complexity: O(n²) sets for n codes at depth 2.
    public static func all(over codes: [LocalGovernmentCode], depth: Int) -> [HitSet] {
        let sorted = Array(Set(codes)).sorted()
        var sets = sorted.map { HitSet([$0]) }
        guard depth == 2 else { return sets }
        for (index, first) in sorted.enumerated() {
            for second in sorted[(index + 1)...] { sets.append(HitSet([first, second])) }
        }
        return sets
    }

    /// Codes joined by `+`, for example `382035+382141`.
    public var description: String { codes.map(\.description).joined(separator: "+") }

    /// Smaller sets first, then by codes.
    public static func < (lhs: HitSet, rhs: HitSet) -> Bool {
        if lhs.size != rhs.size { return lhs.size < rhs.size }
        return lhs.codes.lexicographicallyPrecedes(rhs.codes)
    }
}

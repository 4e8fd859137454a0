import CounterpartCore

/// How many people each tier of the counterpart order supplied.
public struct TierCounts: Hashable, Sendable {
    /// From the primary supporter (一次支援).
    public var primary = 0
    /// From secondary supporters (二次支援).
    public var secondary = 0
    /// From the rest of the group (グループ内).
    public var group = 0
    /// From the rest of the prefecture (県内).
    public var prefecture = 0

    /// No one from any tier.
    public init() {}

    /// Counts given tier by tier.
    public init(primary: Int, secondary: Int, group: Int, prefecture: Int) {
        self.primary = primary
        self.secondary = secondary
        self.group = group
        self.prefecture = prefecture
    }

    /// The count of `tier`.
    public subscript(tier: Tier) -> Int {
        get {
            switch tier {
            case .primary: return primary
            case .secondary: return secondary
            case .group: return group
            case .prefecture: return prefecture
            }
        }
        set {
            switch tier {
            case .primary: primary = newValue
            case .secondary: secondary = newValue
            case .group: group = newValue
            case .prefecture: prefecture = newValue
            }
        }
    }

    /// All tiers together.
    public var total: Int { primary + secondary + group + prefecture }

    /// The sums tier by tier.
    public static func + (lhs: TierCounts, rhs: TierCounts) -> TierCounts {
        TierCounts(
            primary: lhs.primary + rhs.primary, secondary: lhs.secondary + rhs.secondary,
            group: lhs.group + rhs.group, prefecture: lhs.prefecture + rhs.prefecture)
    }
}

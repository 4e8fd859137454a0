/// A set of job categories (a person's skills), stored as a bit mask.
public struct JobCategorySet: Hashable, Sendable, Sequence, CustomStringConvertible {
    /// One bit per category, by ``JobCategory/ordinal``.
    public private(set) var bits: UInt16

    /// The empty set.
    public init() { bits = 0 }

    /// The set of these categories.
    public init<Categories: Sequence>(_ categories: Categories) where Categories.Element == JobCategory {
        bits = 0
        for category in categories { insert(category) }
    }

    /// Whether the category is in the set.
    public func contains(_ category: JobCategory) -> Bool {
        bits & (1 << UInt16(category.ordinal)) != 0
    }

    /// Adds a category.
    public mutating func insert(_ category: JobCategory) {
        bits |= 1 << UInt16(category.ordinal)
    }

    /// Whether the set has no category.
    public var isEmpty: Bool { bits == 0 }

    /// The number of categories in the set.
    public var count: Int { bits.nonzeroBitCount }

    /// The categories in canonical order.
    public func makeIterator() -> IndexingIterator<[JobCategory]> {
        JobCategory.allCases.filter(contains).makeIterator()
    }

    /// The tokens, space-separated, in canonical order (the XML `skills` attribute).
    public var description: String { map(\.rawValue).joined(separator: " ") }
}

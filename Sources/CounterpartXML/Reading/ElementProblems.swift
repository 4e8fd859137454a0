/// Problems found while turning elements into domain values, each pinned to its element
/// by position (its ordinal: 0 for the root, counting every start tag in document order).
struct ElementProblems {
    struct Entry {
        var element: Int
        var message: String
        /// The same sentence in Japanese.
        var japanese: String
        /// The schema checks this too (a malformed token, say); reported only when the
        /// schema said nothing about that element.
        var isAlsoSchemaChecked: Bool
    }

    /// A problem found later, by the semantic checks, at the element with this ordinal.
    struct Found {
        var element: Int
        var message: String
        var japanese: String
    }

    private(set) var entries: [Entry] = []

    /// Whether any problem is one the schema checks too.
    var hasSchemaCheckedEntries: Bool { entries.contains(where: \.isAlsoSchemaChecked) }

    /// A problem only Counterpart sees (a check digit, a day that does not exist, `from` after `to`).
    mutating func add(element: Int, _ message: String, japanese: String) {
        entries.append(Entry(element: element, message: message, japanese: japanese, isAlsoSchemaChecked: false))
    }

    /// A problem the schema reports too.
    mutating func addSchemaChecked(element: Int, _ message: String, japanese: String) {
        entries.append(Entry(element: element, message: message, japanese: japanese, isAlsoSchemaChecked: true))
    }

    /// Adds problems found later, by the semantic checks.
    mutating func add(_ problems: [Found]) {
        for problem in problems { add(element: problem.element, problem.message, japanese: problem.japanese) }
    }
}

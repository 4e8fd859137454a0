/// Problems found while turning elements into domain values, kept apart from libxml2's
/// so that a value the schema already refused is not reported twice.
struct ElementProblems {
    struct Entry {
        var line: Int
        var message: String
        /// The schema checks this too (a malformed token, a missing attribute); reported
        /// only when the schema said nothing about that line.
        var isAlsoSchemaChecked: Bool
    }

    private(set) var entries: [Entry] = []

    /// A problem only Counterpart sees (a check digit, a day that does not exist, `from` after `to`).
    mutating func add(line: Int, _ message: String) {
        entries.append(Entry(line: line, message: message, isAlsoSchemaChecked: false))
    }

    /// A problem the schema reports too.
    mutating func addSchemaChecked(line: Int, _ message: String) {
        entries.append(Entry(line: line, message: message, isAlsoSchemaChecked: true))
    }

    /// These problems as diagnostics of `file`, merged with libxml2's, in line order.
    func merged(with libxml: [Diagnostic], file: String) -> [Diagnostic] {
        let schemaLines = Set(libxml.compactMap(\.line))
        let own = entries
            .filter { !$0.isAlsoSchemaChecked || !schemaLines.contains($0.line) }
            .map { Diagnostic(file: file, line: $0.line, message: $0.message) }
        return (libxml + own).sortedByLine()
    }
}

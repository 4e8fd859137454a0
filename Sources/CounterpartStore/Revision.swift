/// One import in the permanent history.
public struct Revision: Hashable, Sendable {
    /// One file of the import.
    public struct File: Hashable, Sendable {
        public var path: String
        public var sha256: String
        public var scope: String
    }

    public var number: Int
    /// When it was stored (ISO 8601, UTC).
    public var createdAt: String
    /// The operating-system user who stored it.
    public var user: String
    public var files: [File]
    public var added: Int
    public var removed: Int
    public var changed: Int
}

/// When something was done and by whom: every change an incident records carries one.
public struct Stamp: Hashable, Sendable {
    /// The time, ISO 8601 in UTC (`2026-11-23T01:02:03Z`).
    public var time: String
    /// The operating-system user who did it.
    public var actor: String

    /// A stamp.
    public init(time: String, actor: String) {
        self.time = time
        self.actor = actor
    }
}

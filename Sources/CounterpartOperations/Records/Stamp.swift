import CounterpartCore

/// When something was done and by whom: every change an incident records carries one.
public struct Stamp: Hashable, Sendable {
    /// The moment.
    public var time: Timestamp
    /// Who did it, as the record names them (see ``Agent/recordedName``).
    public var actor: String

    /// A stamp.
    public init(time: Timestamp, actor: String) {
        self.time = time
        self.actor = actor
    }
}

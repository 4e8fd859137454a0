import CounterpartCore

/// When something was done and by whom: every change an incident records carries one.
/// Two stamps are equal when they name the same moment and actor; ``isClockFixed`` only says
/// how the moment was read.
public struct Stamp: Hashable, Sendable {
    /// The moment.
    public var time: Timestamp
    /// Who did it, as the record names them (see ``Agent/recordedName``).
    public var actor: String
    /// Whether the time came from a fixed clock (a drill's script, a test), not the system's:
    /// the record marks such changes.
    public var isClockFixed: Bool

    /// A stamp.
    public init(time: Timestamp, actor: String, isClockFixed: Bool = false) {
        self.time = time
        self.actor = actor
        self.isClockFixed = isClockFixed
    }

    public static func == (lhs: Stamp, rhs: Stamp) -> Bool { lhs.time == rhs.time && lhs.actor == rhs.actor }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(actor)
    }
}

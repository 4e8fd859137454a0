import CounterpartCore

/// When something was done and by whom: every change an incident records carries one.
/// Two stamps are equal when they name the same moment and actor; ``isClockFixed`` only says
/// how the moment was read, and ``origin`` where the change came from.
public struct Stamp: Hashable, Sendable {
    /// The moment.
    public var time: Timestamp
    /// Who did it, as the record names them (see ``Agent/recordedName``).
    public var actor: String
    /// Whether the time came from a fixed clock (a drill's script, a test), not the system's:
    /// the record marks such changes.
    public var isClockFixed: Bool
    /// The remote address the change came from (`192.0.2.10`), or `nil` (the command line).
    /// Like ``isClockFixed``, it says how the change arrived, not which it was: not compared.
    public var origin: String?

    /// A stamp.
    public init(time: Timestamp, actor: String, isClockFixed: Bool = false, origin: String? = nil) {
        self.time = time
        self.actor = actor
        self.isClockFixed = isClockFixed
        self.origin = origin
    }

    public static func == (lhs: Stamp, rhs: Stamp) -> Bool { lhs.time == rhs.time && lhs.actor == rhs.actor }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(time)
        hasher.combine(actor)
    }
}

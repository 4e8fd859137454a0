import CounterpartCore

#if canImport(Glibc)
    import Glibc
#endif

/// Where the incident desk reads the time: the system clock, or a fixed moment for drills
/// and tests (`COUNTERPART_NOW`). Made once at start-up and handed to the desk.
public struct DeskClock: Sendable {
    private let reading: @Sendable () -> Timestamp
    /// Whether the time is fixed rather than read from the system.
    public let isFixed: Bool

    /// A clock that answers `reading()`.
    public init(isFixed: Bool = false, _ reading: @escaping @Sendable () -> Timestamp) {
        self.isFixed = isFixed
        self.reading = reading
    }

    /// The time now.
    public func now() -> Timestamp { reading() }

    /// Always `moment`.
    public static func fixed(_ moment: Timestamp) -> DeskClock { DeskClock(isFixed: true) { moment } }

    /// The operating system's clock, to the second.
    public static let system = DeskClock { Timestamp(secondsSinceEpoch: Int64(time(nil))) }

    /// `COUNTERPART_NOW` when the environment sets it (ISO 8601, e.g. `2026-11-23T01:00:00Z`),
    /// else the system clock.
    /// - Throws: ``Timestamp/ParseError`` when the variable is set but is no time.
    public static func from(environment: [String: String]) throws(Timestamp.ParseError) -> DeskClock {
        guard let fixed = environment["COUNTERPART_NOW"], !fixed.isEmpty else { return .system }
        return .fixed(try Timestamp(fixed))
    }
}

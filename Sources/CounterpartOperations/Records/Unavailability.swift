import CounterpartCore

/// A person declared unavailable for some days, whatever the incident (their own home hit,
/// ill): never proposed on those days until it is lifted.
public struct Unavailability: Hashable, Sendable {
    public var id: ID
    public var staff: StaffID
    public var days: DayRange
    public var reason: String
    public var declared: Stamp
    /// When and by whom it was lifted; `nil` while it holds.
    public var lifted: Stamp?

    /// An unavailability.
    public init(id: ID, staff: StaffID, days: DayRange, reason: String, declared: Stamp, lifted: Stamp? = nil) {
        self.id = id
        self.staff = staff
        self.days = days
        self.reason = reason
        self.declared = declared
        self.lifted = lifted
    }

    /// Whether it still holds.
    public var isInForce: Bool { lifted == nil }
}

extension Unavailability: NumberedRecord {
    public static let recordKind = RecordKind.unavailability
    /// `U3`.
    public typealias ID = RecordNumber<Unavailability>
}

/// A confirmed assignment that a new plan must keep: a person, a request, a period.
public struct Pin: Hashable, Sendable {
    /// The request the person is confirmed for.
    public var request: RequestID
    /// The confirmed person.
    public var staff: StaffID
    /// The rotation period (0 is the one starting on the scenario's start day).
    public var period: Int

    /// A pin.
    public init(request: RequestID, staff: StaffID, period: Int) {
        precondition(period >= 0, "periods are numbered from 0")
        self.request = request
        self.staff = staff
        self.period = period
    }
}

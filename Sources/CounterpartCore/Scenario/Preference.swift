/// A person already proposed for a request in a period, whom a new plan keeps there when
/// that costs nothing: among minimum-cost plans, the one that moves fewest earlier
/// proposals. Unlike a pin it binds nothing. Not part of the scenario file format;
/// incidents add them when planning again.
public struct Preference: Hashable, Sendable {
    /// The request.
    public var request: RequestID
    /// The person.
    public var staff: StaffID
    /// The rotation period.
    public var period: Int

    /// A preference for `staff` on `request` in `period`.
    public init(request: RequestID, staff: StaffID, period: Int) {
        self.request = request
        self.staff = staff
        self.period = period
    }
}

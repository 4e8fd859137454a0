/// A person who must not be proposed for a request: what a decline leaves behind
/// (「辞退」). Not part of the scenario file format; incidents add them when planning.
public struct Exclusion: Hashable, Sendable {
    /// The request the person is kept away from.
    public var request: RequestID
    /// The person.
    public var staff: StaffID

    /// An exclusion of `staff` from `request`.
    public init(request: RequestID, staff: StaffID) {
        self.request = request
        self.staff = staff
    }
}

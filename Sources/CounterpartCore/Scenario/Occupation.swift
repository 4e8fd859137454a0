/// A person taken in one period by something the plan keeps as it is, without checking it
/// again: held by another incident, or kept by this one (a person already back, or one whose
/// roster entry has changed since they were confirmed). The plan never proposes the person
/// in that period, counts the period as served (rule 5) and against their municipality's
/// capacity (rule 6), and, when the occupation fills a slot of one of the scenario's own
/// requests, counts that slot as filled.
public struct Occupation: Hashable, Sendable {
    /// The person.
    public var staff: StaffID
    /// The rotation period of this scenario.
    public var period: Int
    /// The person's municipality.
    public var supplier: LocalGovernmentCode
    /// The request of this scenario whose slot it fills, or `nil` when it is elsewhere.
    public var request: RequestID?

    /// An occupation.
    public init(staff: StaffID, period: Int, supplier: LocalGovernmentCode, request: RequestID? = nil) {
        self.staff = staff
        self.period = period
        self.supplier = supplier
        self.request = request
    }
}

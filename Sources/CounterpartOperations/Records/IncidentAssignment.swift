import CounterpartCore

/// A person named for a request in one rotation period, and what became of it.
public struct IncidentAssignment: Hashable, Sendable {
    /// Its id (`A40`).
    public var id: ID
    /// The request.
    public var request: IncidentRequest.ID
    /// The person.
    public var staff: StaffID
    /// The rotation period.
    public var period: Int
    /// The person's municipality.
    public var supplier: LocalGovernmentCode
    /// The supplier's tier for the requester.
    public var tier: Tier
    /// Kilometres between supplier and requester.
    public var distanceKm: Int
    /// The days the person serves.
    public var window: DayRange
    /// Where it stands.
    public var state: AssignmentState
    /// The reason given with the last answer (a decline's, say).
    public var reason: String?
    /// The plan version (its number within the incident) that first proposed it.
    public var proposedIn: Int
    /// The person's name when they were named: kept for lists and reports when a later roster
    /// no longer has them.
    public var staffName: String?

    /// An assignment.
    public init(
        id: ID, request: IncidentRequest.ID, staff: StaffID, period: Int, supplier: LocalGovernmentCode, tier: Tier,
        distanceKm: Int, window: DayRange, state: AssignmentState, reason: String? = nil, proposedIn: Int
    ) {
        self.id = id
        self.request = request
        self.staff = staff
        self.period = period
        self.supplier = supplier
        self.tier = tier
        self.distanceKm = distanceKm
        self.window = window
        self.state = state
        self.reason = reason
        self.proposedIn = proposedIn
    }
}

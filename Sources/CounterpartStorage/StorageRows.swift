/// The rows of incident operations as every backend stores them: plain values, no rules.
/// The operations layer turns them into domain values and checks them while doing so.

/// One incident (or drill).
public struct IncidentRow: Hashable, Sendable {
    public var id: Int
    public var name: String
    /// `YYYY-MM-DD`.
    public var start: String
    public var rotationDays: Int
    public var isDrill: Bool
    /// Hit municipalities' codes, in the order given.
    public var affected: [String]
    public var openedAt: String
    public var openedBy: String
    public var closedAt: String?
    public var closedBy: String?
    /// The planning policy given when it was opened (a drill's scenario), as text; `nil`
    /// for the defaults.
    public var policy: String?

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, name: String, start: String, rotationDays: Int, isDrill: Bool, affected: [String],
        openedAt: String, openedBy: String, closedAt: String? = nil, closedBy: String? = nil, policy: String? = nil
    ) {
        self.policy = policy
        self.id = id
        self.name = name
        self.start = start
        self.rotationDays = rotationDays
        self.isDrill = isDrill
        self.affected = affected
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.closedAt = closedAt
        self.closedBy = closedBy
    }
}

/// One dispatch request.
public struct RequestRow: Hashable, Sendable {
    public var id: Int
    public var incident: Int
    public var municipality: String
    public var category: String
    public var headcount: Int
    public var dayFrom: String
    public var dayTo: String
    public var priority: String
    public var note: String?
    public var isCancelled: Bool
    public var filedAt: String
    public var filedBy: String

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, incident: Int, municipality: String, category: String, headcount: Int, dayFrom: String,
        dayTo: String, priority: String, note: String?, isCancelled: Bool, filedAt: String, filedBy: String
    ) {
        self.id = id
        self.incident = incident
        self.municipality = municipality
        self.category = category
        self.headcount = headcount
        self.dayFrom = dayFrom
        self.dayTo = dayTo
        self.priority = priority
        self.note = note
        self.isCancelled = isCancelled
        self.filedAt = filedAt
        self.filedBy = filedBy
    }
}

/// One person named for a request in one period.
public struct AssignmentRow: Hashable, Sendable {
    public var id: Int
    public var incident: Int
    public var request: Int
    public var staff: String
    public var period: Int
    public var supplier: String
    public var tier: String
    public var distanceKm: Int
    public var dayFrom: String
    public var dayTo: String
    public var state: String
    public var reason: String?
    /// The plan version (number within the incident) that first proposed it.
    public var proposedIn: Int
    /// The person's name when they were named, kept for when the roster no longer has them.
    public var staffName: String?

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, incident: Int, request: Int, staff: String, period: Int, supplier: String, tier: String,
        distanceKm: Int, dayFrom: String, dayTo: String, state: String, reason: String?, proposedIn: Int,
        staffName: String? = nil
    ) {
        self.staffName = staffName
        self.id = id
        self.incident = incident
        self.request = request
        self.staff = staff
        self.period = period
        self.supplier = supplier
        self.tier = tier
        self.distanceKm = distanceKm
        self.dayFrom = dayFrom
        self.dayTo = dayTo
        self.state = state
        self.reason = reason
        self.proposedIn = proposedIn
    }
}

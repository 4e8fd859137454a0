import CounterpartCore

/// A dispatch request filed during an incident. Its planning id is its record id (`R12`).
public struct IncidentRequest: Hashable, Sendable {
    /// Its id (`R12`).
    public var id: ID
    /// The incident it belongs to.
    public var incident: Incident.ID
    /// The request as the planner sees it.
    public var details: RequestDetails
    /// Whether it was cancelled (its assignments are then cancelled too).
    public var isCancelled: Bool
    /// When and by whom it was filed.
    public var filed: Stamp

    /// A request.
    public init(id: ID, incident: Incident.ID, details: RequestDetails, isCancelled: Bool, filed: Stamp) {
        self.id = id
        self.incident = incident
        self.details = details
        self.isCancelled = isCancelled
        self.filed = filed
    }

    /// The request in the planner's terms, with id `R12`.
    public var dispatchRequest: DispatchRequest {
        DispatchRequest(
            id: RequestID(id.description), municipality: details.municipality, category: details.category,
            headcount: details.headcount, days: details.days, priority: details.priority)
    }
}

/// What a request asks for: the part a `request change` may alter.
public struct RequestDetails: Hashable, Sendable {
    /// The hit municipality asking.
    public var municipality: LocalGovernmentCode
    /// The job category.
    public var category: JobCategory
    /// People needed at once.
    public var headcount: Int
    /// The days, inclusive.
    public var days: DayRange
    /// How urgent.
    public var priority: Priority
    /// A free note (where to report, what to bring).
    public var note: String?

    /// Request details.
    public init(
        municipality: LocalGovernmentCode, category: JobCategory, headcount: Int, days: DayRange,
        priority: Priority = .normal, note: String? = nil
    ) {
        self.municipality = municipality
        self.category = category
        self.headcount = headcount
        self.days = days
        self.priority = priority
        self.note = note
    }
}

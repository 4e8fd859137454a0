/// A stored plan version: permanent once written.
public struct PlanVersionRow: Hashable, Sendable {
    public var id: Int
    public var incident: Int
    /// 1, 2, … within the incident; unique there.
    public var number: Int
    public var rosterRevision: Int
    /// The plan as counterpart-plan/1 JSON.
    public var planJSON: String
    public var missing: Int
    public var madeAt: String
    public var madeBy: String

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, incident: Int, number: Int, rosterRevision: Int, planJSON: String, missing: Int,
        madeAt: String, madeBy: String
    ) {
        self.id = id
        self.incident = incident
        self.number = number
        self.rosterRevision = rosterRevision
        self.planJSON = planJSON
        self.missing = missing
        self.madeAt = madeAt
        self.madeBy = madeBy
    }
}

/// A shortfall a plan version recorded.
public struct ShortfallRow: Hashable, Sendable {
    public var period: Int
    public var request: Int
    public var category: String
    public var missing: Int
    public var reason: String

    /// A row.
    public init(period: Int, request: Int, category: String, missing: Int, reason: String) {
        self.period = period
        self.request = request
        self.category = category
        self.missing = missing
        self.reason = reason
    }
}

/// One member's acknowledgement of one item, due or given.
public struct AcknowledgementRow: Hashable, Sendable {
    /// `R12`, `P3`, `N2`.
    public var item: String
    public var incident: Int?
    public var member: String
    public var municipality: String
    public var subject: String
    public var dueSince: String
    public var acknowledgedAt: String?
    public var acknowledgedBy: String?
    /// The order in which it became due (set by the store).
    public var sequence: Int

    /// A row.
    public init(
        item: String, incident: Int?, member: String, municipality: String, subject: String, dueSince: String,
        acknowledgedAt: String? = nil, acknowledgedBy: String? = nil, sequence: Int = 0
    ) {
        self.item = item
        self.incident = incident
        self.member = member
        self.municipality = municipality
        self.subject = subject
        self.dueSince = dueSince
        self.acknowledgedAt = acknowledgedAt
        self.acknowledgedBy = acknowledgedBy
        self.sequence = sequence
    }
}

/// A notice on the hotline.
public struct NoticeRow: Hashable, Sendable {
    public var id: Int
    public var incident: Int?
    public var group: String?
    public var title: String
    public var body: String
    public var postedAt: String
    public var postedBy: String

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, incident: Int?, group: String?, title: String, body: String, postedAt: String, postedBy: String
    ) {
        self.id = id
        self.incident = incident
        self.group = group
        self.title = title
        self.body = body
        self.postedAt = postedAt
        self.postedBy = postedBy
    }
}

/// One line of the permanent record.
public struct EventRow: Hashable, Sendable {
    public var id: Int
    public var incident: Int?
    public var at: String
    public var actor: String
    public var subject: String
    public var text: String
    /// Whether the time came from a fixed clock (`COUNTERPART_NOW`), not the system's.
    public var isClockFixed: Bool
    /// Which kind of change it was (`request.filed`), for the live stream; `nil` for changes
    /// that are not streamed and for events recorded before kinds were kept.
    public var kind: String?
    /// The remote address the change came from (`192.0.2.10`); `nil` at the command line.
    public var origin: String?

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, incident: Int?, at: String, actor: String, subject: String, text: String, isClockFixed: Bool = false,
        kind: String? = nil, origin: String? = nil
    ) {
        self.isClockFixed = isClockFixed
        self.id = id
        self.incident = incident
        self.at = at
        self.actor = actor
        self.subject = subject
        self.text = text
        self.kind = kind
        self.origin = origin
    }
}

/// A person declared unavailable for some days (their own home hit, ill), whatever the
/// incident, until lifted.
public struct UnavailabilityRow: Hashable, Sendable {
    public var id: Int
    public var staff: String
    public var dayFrom: String
    public var dayTo: String
    public var reason: String
    public var declaredAt: String
    public var declaredBy: String
    public var liftedAt: String?
    public var liftedBy: String?

    /// A row; `id` is ignored when inserting.
    public init(
        id: Int, staff: String, dayFrom: String, dayTo: String, reason: String, declaredAt: String, declaredBy: String,
        liftedAt: String? = nil, liftedBy: String? = nil
    ) {
        self.id = id
        self.staff = staff
        self.dayFrom = dayFrom
        self.dayTo = dayTo
        self.reason = reason
        self.declaredAt = declaredAt
        self.declaredBy = declaredBy
        self.liftedAt = liftedAt
        self.liftedBy = liftedBy
    }
}

import CounterpartCore

/// An item a hotline member has still to acknowledge (a request, plan version or notice).
public struct PendingAcknowledgement: Hashable, Sendable {
    /// The item: `R12`, `P3` or `N2`.
    public var item: RecordID
    /// The incident it belongs to, if any.
    public var incident: Incident.ID?
    /// The member who has not acknowledged it.
    public var member: MemberID
    /// The member's municipality (or the prefecture), as when the item was made.
    public var municipality: LocalGovernmentCode
    /// When the item was made: the waiting started then.
    public var since: Timestamp
    /// What the item is, in a line.
    public var subject: String
    /// The order in which the acknowledgement became due (ties of `since` keep it).
    public var sequence: Int

    /// A pending acknowledgement.
    public init(
        item: RecordID, incident: Incident.ID?, member: MemberID, municipality: LocalGovernmentCode, since: Timestamp,
        subject: String, sequence: Int = 0
    ) {
        self.item = item
        self.incident = incident
        self.member = member
        self.municipality = municipality
        self.since = since
        self.subject = subject
        self.sequence = sequence
    }
}

/// What `followup` shows for one municipality: whom to phone and what its members have not read.
public struct FollowupGroup: Hashable, Sendable {
    /// One unread item and who has not read it.
    public struct Item: Hashable, Sendable {
        public var item: RecordID
        public var since: Timestamp
        public var subject: String
        /// When it became due, among items of the same time.
        public var sequence: Int
        /// The members who have not acknowledged it, by id.
        public var waiting: [MemberID]
        /// The incident it belongs to, if any.
        public var incident: Incident.ID? = nil
        /// Whether it belongs to a drill (訓練).
        public var isDrill = false
    }

    /// The municipality (or the prefecture).
    public var municipality: LocalGovernmentCode
    /// The person to phone there; `nil` when the roster names nobody.
    public var contact: HotlineMember?
    /// Its unread items, longest-waiting first.
    public var items: [Item]
    /// When its longest-waiting item was made.
    public var oldest: Timestamp { items.first?.since ?? Timestamp(secondsSinceEpoch: 0) }
}

/// The follow-up list: what is unacknowledged, grouped by municipality, longest-waiting first.
public enum Followup {
    /// Groups `pending` by municipality with the person to phone from `roster` (see
    /// ``Audience/contact(at:in:waiting:caller:)``: never `caller`). Municipalities by their
    /// longest-waiting item (then code); items oldest first (then in the order they were
    /// made), those of incidents in `drills` marked as such; members by id.
    public static func groups(
        _ pending: [PendingAcknowledgement], roster: Roster, drills: Set<Incident.ID> = [], caller: MemberID? = nil
    ) -> [FollowupGroup] {
        var byMunicipality: [LocalGovernmentCode: [PendingAcknowledgement]] = [:]
        for entry in pending { byMunicipality[entry.municipality, default: []].append(entry) }
        let groups = byMunicipality.map { code, entries -> FollowupGroup in
            var byItem: [RecordID: [PendingAcknowledgement]] = [:]
            for entry in entries { byItem[entry.item, default: []].append(entry) }
            let items = byItem.map { item, waiting in
                FollowupGroup.Item(
                    item: item, since: waiting[0].since, subject: waiting[0].subject,
                    sequence: waiting.map(\.sequence).min() ?? 0, waiting: waiting.map(\.member).sorted(),
                    incident: waiting[0].incident, isDrill: waiting[0].incident.map(drills.contains) ?? false)
            }.sorted { ($0.since, $0.sequence) < ($1.since, $1.sequence) }
            let contact = Audience.contact(
                at: code, in: roster, waiting: Set(entries.map(\.member)), caller: caller)
            return FollowupGroup(municipality: code, contact: contact, items: items)
        }
        return groups.sorted { ($0.oldest, $0.municipality.description) < ($1.oldest, $1.municipality.description) }
    }
}

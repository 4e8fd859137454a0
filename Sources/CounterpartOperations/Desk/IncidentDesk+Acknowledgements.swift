import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// How an acknowledgement went.
    public enum AcknowledgementOutcome: Hashable, Sendable {
        /// Recorded now, at this time.
        case recorded(Timestamp)
        /// The member had acknowledged the item already, at this time.
        case already(Timestamp)
    }

    /// Records that `member` has read `item` (a request, plan version or notice).
    /// - Throws: ``OperationsError`` for an unknown item or member, or a member the item does
    ///   not concern.
    public func acknowledge(_ item: RecordID, member: MemberID, by actor: Agent) async throws(OperationsError)
        -> AcknowledgementOutcome
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in try Self.acknowledge(item, member: member, rows: rows, stamp: stamp) }
    }

    /// What acknowledging several items at once did.
    public struct Acknowledgements: Hashable, Sendable {
        /// The member who has read them (as the text given named them).
        public var member: MemberID
        /// Each item, in the order given (each once), with what was recorded.
        public var outcomes: [Outcome]

        /// One item and what was recorded for it.
        public struct Outcome: Hashable, Sendable {
            public var item: RecordID
            public var outcome: AcknowledgementOutcome

            /// What was recorded for `item`.
            public init(item: RecordID, outcome: AcknowledgementOutcome) {
                self.item = item
                self.outcome = outcome
            }
        }

        /// What acknowledging `outcomes` for `member` did.
        public init(member: MemberID, outcomes: [Outcome]) {
            self.member = member
            self.outcomes = outcomes
        }
    }

    /// Records that the member `member` names — a member id, or a name as the roster writes
    /// it (spaces aside) when exactly one member has it — has read every one of `items`, in
    /// one transaction: all of them, or none when any is refused.
    /// - Throws: ``OperationsError/ambiguousMember(_:candidates:)`` when several members have
    ///   that name; otherwise what acknowledging each item throws.
    public func acknowledge(_ items: [RecordID], member: String, by actor: Agent) async throws(OperationsError)
        -> Acknowledgements
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            guard !items.isEmpty else {
                throw OperationsError.invalid([
                    Problem(field: "items", rule: "required", message: "name at least one item to acknowledge")
                ])
            }
            let id = try Self.member(named: member, in: try rows.currentRoster()?.roster)
            var seen: Set<RecordID> = []
            let outcomes = try items.filter { seen.insert($0).inserted }.map { item in
                Acknowledgements.Outcome(
                    item: item, outcome: try Self.acknowledge(item, member: id, rows: rows, stamp: stamp))
            }
            return Acknowledgements(member: id, outcomes: outcomes)
        }
    }

    /// The member `text` names: the member with that id; else the one member whose name is
    /// `text` (spaces, full-width ones too, left aside); else `text` taken as an id (a member
    /// gone from the roster may still owe acknowledgements).
    /// - Throws: ``OperationsError/ambiguousMember(_:candidates:)`` when several members have the name.
    static func member(named text: String, in roster: Roster?) throws(OperationsError) -> MemberID {
        let trimmed = text.trimmingSpaces()
        guard let roster, !roster.members.contains(where: { $0.id.rawValue == trimmed }) else {
            return MemberID(trimmed)
        }
        let key = nameKey(trimmed)
        let named = roster.members.filter { nameKey($0.name) == key }
        guard named.count <= 1 else { throw .ambiguousMember(text, candidates: named) }
        return named.first?.id ?? MemberID(trimmed)
    }

    /// A name without its spaces, for comparing names as people type them.
    private static func nameKey(_ name: String) -> String { String(name.filter { !$0.isWhitespace }) }

    /// Records in `rows` that `member` has read `item`.
    static func acknowledge(_ item: RecordID, member: MemberID, rows: any StorageWriting, stamp: Stamp) throws
        -> AcknowledgementOutcome
    {
        guard [.request, .plan, .notice].contains(item.kind) else {
            throw OperationsError.notAnID(item.description, expected: [.request, .plan, .notice])
        }
        let exists: Bool
        switch item.kind {
        case .request: exists = try rows.request(item.number) != nil
        case .plan: exists = try rows.planVersion(item.number) != nil
        default: exists = try rows.notice(item.number) != nil
        }
        guard exists else { throw OperationsError.unknown(item) }
        guard let due = try rows.acknowledgement(item: item.description, member: member.rawValue) else {
            let roster = try rows.currentRoster()?.roster
            if roster?.members.contains(where: { $0.id == member }) != true {
                throw OperationsError.unknownMember(member.rawValue)
            }
            throw OperationsError.notConcerned(member: member.rawValue, item: item)
        }
        if let earlier = due.acknowledgedAt {
            return .already(try StoredRows.time(earlier, "acknowledgement of \(item)"))
        }
        guard
            try rows.markAcknowledged(
                item: item.description, member: member.rawValue, at: stamp.time.description, by: stamp.actor)
        else {
            throw OperationsError.conflict("\(item) was acknowledged by \(member) meanwhile")
        }
        try record(
            rows, incident: due.incident.map(Incident.ID.init), subject: item.description, "acknowledged by \(member)",
            kind: .ackRecorded, stamp: stamp)
        return .recorded(stamp.time)
    }

    /// What is still unacknowledged: of incident `incident`, or of every open incident (and
    /// notices outside incidents) when `nil` — drills left out unless `includesDrills`.
    /// Items of cancelled requests are left out.
    public func pendingAcknowledgements(incident: Incident.ID?, includesDrills: Bool = false)
        async throws(OperationsError)
        -> [PendingAcknowledgement]
    {
        try await reading { rows in try Self.pending(rows, incident: incident, includesDrills: includesDrills) }
    }

    static func pending(_ rows: any StorageReading, incident: Incident.ID?, includesDrills: Bool) throws
        -> [PendingAcknowledgement]
    {
        let due: [AcknowledgementRow]
        if let incident {
            _ = try Self.incident(rows, incident)
            due = try rows.unacknowledged(incident: incident.number)
        } else {
            let included = try rows.incidents().filter { $0.closedAt == nil && (!$0.isDrill || includesDrills) }.map(
                \.id)
            due = try rows.unacknowledged(among: included, includingOutside: true)
        }
        let cancelled = Set(try rows.cancelledRequests().map { RecordID(.request, $0).description })
        return try StoredRows.pending(due.filter { !cancelled.contains($0.item) })
    }

    /// The follow-up list: what is unacknowledged by municipality, with the person to phone
    /// (never `caller`, when a member asks), of incident `incident` or of every open incident
    /// and notice. Drills are in it, their items marked, unless `includesDrills` is false:
    /// left out, a drill's 1,000 unread items would read as "everything acknowledged".
    public func followup(incident: Incident.ID?, includesDrills: Bool = true, caller: Agent? = nil)
        async throws(OperationsError) -> [FollowupGroup]
    {
        try await reading { rows in
            var drills: Set<Incident.ID> = []
            if let incident {
                if try Self.incident(rows, incident).isDrill { drills.insert(incident) }
            } else {
                drills = Set(try rows.incidents().filter(\.isDrill).map { Incident.ID($0.id) })
            }
            let pending = try Self.pending(rows, incident: incident, includesDrills: includesDrills).filter {
                includesDrills || !($0.incident.map(drills.contains) ?? false)
            }
            var member: MemberID?
            if case .member(let id) = caller { member = id }
            return Followup.groups(pending, roster: try Self.requireRoster(rows), drills: drills, caller: member)
        }
    }
}

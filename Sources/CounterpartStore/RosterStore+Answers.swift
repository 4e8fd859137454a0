import CounterpartCore
import CounterpartOperations
import GRDB

extension RosterStore {
    /// Records a supporter's answer about assignment `number` (confirm, decline) or a
    /// movement (dispatched, returned). States move only forward.
    /// - Throws: ``StoreError/refused(_:)`` with the current state when the move is not allowed.
    public func answer(_ number: Int, _ move: AssignmentMove, reason: String?, stamp: Stamp) throws(StoreError) -> (before: IncidentAssignment, after: IncidentAssignment) {
        try operating { db in
            let before = try OperationsRows.assignment(db, number)
            let incident = try Self.requireOpen(db, try OperationsRows.incidentOfAssignment(db, number))
            guard move.isAllowed(from: before.state) else { throw StoreError.refused(.illegalMove(before.id, current: before.state, move: move)) }
            try OperationsRows.setState(db, assignment: number, move.target, reason: reason)
            try OperationsRows.record(db, incident: incident.number, subject: before.id.description,
                                      "\(before.staff) for R\(before.request) period \(before.period): \(before.state) → \(move.target)"
                                          + (reason.map { " (\($0))" } ?? ""), stamp: stamp)
            return (before, try OperationsRows.assignment(db, number))
        }
    }

    /// The assignments of incident `incident`, in the order they were made.
    public func assignments(incident: Int) throws(StoreError) -> [IncidentAssignment] {
        try reading { db in
            _ = try OperationsRows.incident(db, incident)
            return try OperationsRows.assignments(db, incident: incident)
        }
    }

    /// How an acknowledgement went.
    public enum AcknowledgementOutcome: Hashable, Sendable {
        /// Recorded now.
        case recorded
        /// The member had acknowledged the item already, at this time.
        case already(String)
    }

    /// Records that `member` has read `item` (a request, plan version or notice).
    /// - Throws: ``StoreError/refused(_:)`` for an unknown item or member, or a member the
    ///   item does not concern.
    public func acknowledge(_ item: RecordID, member: MemberID, stamp: Stamp) throws(StoreError) -> AcknowledgementOutcome {
        try operating { db in
            guard [.request, .plan, .notice].contains(item.kind) else { throw StoreError.refused(.notAnID(item.description, expected: [.request, .plan, .notice])) }
            let table = item.kind == .request ? "request" : item.kind == .plan ? "plan_version" : "notice"
            guard try Int.fetchOne(db, sql: "SELECT id FROM \(table) WHERE id = ?", arguments: [item.number]) != nil else {
                throw StoreError.refused(.unknown(item))
            }
            guard let row = try Row.fetchOne(db, sql: "SELECT incident_id, acknowledged_at FROM acknowledgement WHERE item = ? AND member_id = ?",
                                             arguments: [item.description, member.rawValue]) else {
                let roster = try RosterRows.load(db, asOf: nil)
                if roster?.members.contains(where: { $0.id == member }) != true { throw StoreError.refused(.unknownMember(member.rawValue)) }
                throw StoreError.refused(.notConcerned(member: member.rawValue, item: item))
            }
            if let earlier: String = row["acknowledged_at"] { return .already(earlier) }
            try db.execute(sql: "UPDATE acknowledgement SET acknowledged_at = ?, acknowledged_by = ? WHERE item = ? AND member_id = ?",
                           arguments: [stamp.time, stamp.actor, item.description, member.rawValue])
            try OperationsRows.record(db, incident: row["incident_id"], subject: item.description, "acknowledged by \(member)", stamp: stamp)
            return .recorded
        }
    }

    /// What is still unacknowledged: of incident `incident`, or of every open incident (and
    /// notices outside incidents) when `nil` — drills left out unless `includesDrills`.
    /// Items of cancelled requests are left out.
    public func pendingAcknowledgements(incident: Int?, includesDrills: Bool = false) throws(StoreError) -> [PendingAcknowledgement] {
        try reading { db in
            if let incident { _ = try OperationsRows.incident(db, incident) }
            return try OperationsRows.pending(db, incident: incident, includesDrills: includesDrills)
        }
    }

    /// A notice on the hotline.
    public struct Notice: Hashable, Sendable {
        public var id: RecordID
        public var title: String
        public var body: String
        public var group: GroupID?
        public var incident: Int?
        public var posted: Stamp
        /// How many members must acknowledge it.
        public var audience: Int
    }

    /// Posts a notice to every member, or to group `group` (and headquarters); each must
    /// acknowledge it.
    public func postNotice(title: String, body: String, group: GroupID?, incident: Int?, stamp: Stamp) throws(StoreError) -> Notice {
        try operating { db in
            let roster = try Self.requireRoster(db)
            if let incident { _ = try Self.requireOpen(db, incident) }
            guard !title.allSatisfy(\.isWhitespace) else { throw StoreError.refused(.badRequest(["the notice needs a title (--title)"])) }
            let audience: [HotlineMember]
            if let group {
                guard let members = Audience.group(group, in: roster) else { throw StoreError.refused(.unknownGroup(group.rawValue)) }
                audience = members
            } else {
                audience = Audience.everyone(in: roster)
            }
            try db.execute(sql: "INSERT INTO notice (incident_id, group_id, title, body, posted_at, posted_by) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [incident, group?.rawValue, title, body, stamp.time, stamp.actor])
            let id = RecordID(.notice, Int(db.lastInsertedRowID))
            let subject = "notice \(id)\(group.map { " to group \($0)" } ?? " to all"): \(title)"
            try OperationsRows.requireAcknowledgement(db, item: id, incident: incident, subject: subject, members: audience, since: stamp.time)
            try OperationsRows.record(db, incident: incident, subject: id.description, "posted " + subject, stamp: stamp)
            return Notice(id: id, title: title, body: body, group: group, incident: incident, posted: stamp, audience: audience.count)
        }
    }
}

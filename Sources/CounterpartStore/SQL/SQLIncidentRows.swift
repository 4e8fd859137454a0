import CounterpartCore
import CounterpartStorage

/// Incident rows in SQLite or PostgreSQL: the only place that knows their tables. SQL and row mapping
/// only; every rule is the operations layer's. A value that cannot be read as its column's
/// type throws (reported as corrupt), never traps.
struct SQLIncidentRows: StorageWriting {
    let db: any SQLSession
    let rosters: RosterCache

    func currentRoster() throws -> StoredRoster? { try rosters.current(db) }

    // MARK: - Reading

    func incidents() throws -> [IncidentRow] { try incidentRows(where: "", []) }

    func incident(_ id: Int) throws -> IncidentRow? { try incidentRows(where: "WHERE id = ?", [id]).first }

    private func incidentRows(where filter: String, _ arguments: SQLArguments) throws -> [IncidentRow] {
        try db.rows(
            "SELECT id, name, start, rotation_days, is_drill, opened_at, opened_by, closed_at, closed_by, policy FROM incident \(filter) ORDER BY id",
            arguments
        ).map { row in
            let id: Int = try row.decode(atIndex: 0)
            let affected: [String] = try db.column(
                "SELECT code FROM incident_affected WHERE incident_id = ? ORDER BY position", [id])
            return IncidentRow(
                id: id, name: try row.decode(atIndex: 1), start: try row.decode(atIndex: 2),
                rotationDays: try row.decode(atIndex: 3),
                isDrill: try row.decode(atIndex: 4),
                affected: affected, openedAt: try row.decode(atIndex: 5),
                openedBy: try row.decode(atIndex: 6),
                closedAt: try row.decode(atIndex: 7), closedBy: try row.decode(atIndex: 8),
                policy: try row.decode(atIndex: 9))
        }
    }

    func requests(incident: Int) throws -> [RequestRow] { try requestRows("WHERE incident_id = ?", [incident]) }

    func request(_ id: Int) throws -> RequestRow? { try requestRows("WHERE id = ?", [id]).first }

    func cancelledRequests() throws -> Set<Int> {
        Set(try db.column("SELECT id FROM request WHERE is_cancelled = 1"))
    }

    private func requestRows(_ filter: String, _ arguments: SQLArguments) throws -> [RequestRow] {
        try db.rows(
            "SELECT id, incident_id, municipality, category, headcount, day_from, day_to, priority, note, is_cancelled, filed_at, filed_by FROM request \(filter) ORDER BY id",
            arguments
        ).map { row in
            RequestRow(
                id: try row.decode(atIndex: 0), incident: try row.decode(atIndex: 1),
                municipality: try row.decode(atIndex: 2),
                category: try row.decode(atIndex: 3),
                headcount: try row.decode(atIndex: 4), dayFrom: try row.decode(atIndex: 5),
                dayTo: try row.decode(atIndex: 6), priority: try row.decode(atIndex: 7),
                note: try row.decode(atIndex: 8), isCancelled: try row.decode(atIndex: 9),
                filedAt: try row.decode(atIndex: 10), filedBy: try row.decode(atIndex: 11))
        }
    }

    func assignments(incident: Int) throws -> [AssignmentRow] {
        try assignmentRows("WHERE incident_id = ?", [incident])
    }

    func assignment(_ id: Int) throws -> AssignmentRow? { try assignmentRows("WHERE id = ?", [id]).first }

    func heldAssignments(otherThan incident: Int) throws -> [AssignmentRow] {
        try assignmentRows(
            """
            WHERE state IN ('confirmed', 'dispatched') AND incident_id <> ?
            AND incident_id IN (SELECT id FROM incident WHERE closed_at IS NULL)
            """, [incident])
    }

    private func assignmentRows(_ filter: String, _ arguments: SQLArguments) throws -> [AssignmentRow] {
        try db.rows(
            "SELECT id, incident_id, request_id, staff_id, period, supplier, tier, distance_km, day_from, day_to, state, reason, proposed_in, staff_name FROM assignment \(filter) ORDER BY id",
            arguments
        ).map { row in
            AssignmentRow(
                id: try row.decode(atIndex: 0), incident: try row.decode(atIndex: 1),
                request: try row.decode(atIndex: 2), staff: try row.decode(atIndex: 3),
                period: try row.decode(atIndex: 4), supplier: try row.decode(atIndex: 5),
                tier: try row.decode(atIndex: 6), distanceKm: try row.decode(atIndex: 7),
                dayFrom: try row.decode(atIndex: 8), dayTo: try row.decode(atIndex: 9),
                state: try row.decode(atIndex: 10), reason: try row.decode(atIndex: 11),
                proposedIn: try row.decode(atIndex: 12), staffName: try row.decode(atIndex: 13))
        }
    }

    func latestPlanVersion(incident: Int) throws -> PlanVersionRow? {
        try planVersionRows("WHERE incident_id = ? ORDER BY number DESC LIMIT 1", [incident]).first
    }

    func planVersion(incident: Int, number: Int) throws -> PlanVersionRow? {
        try planVersionRows("WHERE incident_id = ? AND number = ?", [incident, number]).first
    }

    func planVersion(_ id: Int) throws -> PlanVersionRow? { try planVersionRows("WHERE id = ?", [id]).first }

    private func planVersionRows(_ filter: String, _ arguments: SQLArguments) throws -> [PlanVersionRow] {
        try db.rows(
            "SELECT id, incident_id, number, roster_revision, plan_json, missing, made_at, made_by FROM plan_version \(filter)",
            arguments
        ).map { row in
            PlanVersionRow(
                id: try row.decode(atIndex: 0), incident: try row.decode(atIndex: 1),
                number: try row.decode(atIndex: 2),
                rosterRevision: try row.decode(atIndex: 3),
                planJSON: try row.decode(atIndex: 4), missing: try row.decode(atIndex: 5),
                madeAt: try row.decode(atIndex: 6), madeBy: try row.decode(atIndex: 7))
        }
    }

    func shortfalls(planVersion: Int) throws -> [ShortfallRow] {
        try db.rows(
            "SELECT period, request_id, category, missing, reason FROM plan_shortfall WHERE plan_version_id = ? ORDER BY period, request_id",
            [planVersion]
        ).map { row in
            ShortfallRow(
                period: try row.decode(atIndex: 0), request: try row.decode(atIndex: 1),
                category: try row.decode(atIndex: 2), missing: try row.decode(atIndex: 3),
                reason: try row.decode(atIndex: 4))
        }
    }

    func acknowledgement(item: String, member: String) throws -> AcknowledgementRow? {
        try acknowledgementRows("WHERE item = ? AND member_id = ?", [item, member], many: false).first
    }

    func unacknowledged(incident: Int?) throws -> [AcknowledgementRow] {
        let filter = "WHERE acknowledged_at IS NULL" + (incident == nil ? "" : " AND incident_id = ?")
        return try acknowledgementRows(filter + " ORDER BY due_since, rowid", incident.map { [$0] } ?? [])
    }

    func unacknowledged(among incidents: [Int], includingOutside: Bool) throws -> [AcknowledgementRow] {
        // `IN ()` is SQLite's only; `IN (NULL)` picks nothing in both.
        let list = incidents.isEmpty ? "NULL" : incidents.map(String.init).joined(separator: ", ")
        let outside = includingOutside ? " OR incident_id IS NULL" : ""
        return try acknowledgementRows(
            "WHERE acknowledged_at IS NULL AND (incident_id IN (\(list))\(outside)) ORDER BY due_since, rowid", [])
    }

    /// The acknowledgements `filter` picks; `many` when they may be hundreds of thousands (a
    /// large incident's), read row by row then.
    private func acknowledgementRows(_ filter: String, _ arguments: SQLArguments, many: Bool = true) throws
        -> [AcknowledgementRow]
    {
        var result: [AcknowledgementRow] = []
        let read = many ? db.forEachRow : { sql, arguments, body in try db.rows(sql, arguments).forEach(body) }
        try read(
            "SELECT item, incident_id, member_id, municipality, subject, due_since, acknowledged_at, acknowledged_by, rowid FROM acknowledgement \(filter)",
            arguments
        ) { row in
            result.append(
                AcknowledgementRow(
                    item: try row.decode(atIndex: 0), incident: try row.decode(atIndex: 1),
                    member: try row.decode(atIndex: 2), municipality: try row.decode(atIndex: 3),
                    subject: try row.decode(atIndex: 4), dueSince: try row.decode(atIndex: 5),
                    acknowledgedAt: try row.decode(atIndex: 6), acknowledgedBy: try row.decode(atIndex: 7),
                    sequence: try row.decode(atIndex: 8)))
        }
        return result
    }

    func notice(_ id: Int) throws -> NoticeRow? { try noticeRows("WHERE id = ?", [id]).first }

    func notices() throws -> [NoticeRow] { try noticeRows("", []) }

    private func noticeRows(_ filter: String, _ arguments: SQLArguments) throws -> [NoticeRow] {
        try db.rows(
            "SELECT id, incident_id, group_id, title, body, posted_at, posted_by FROM notice \(filter) ORDER BY id",
            arguments
        ).map { row in
            NoticeRow(
                id: try row.decode(atIndex: 0), incident: try row.decode(atIndex: 1),
                group: try row.decode(atIndex: 2), title: try row.decode(atIndex: 3),
                body: try row.decode(atIndex: 4), postedAt: try row.decode(atIndex: 5),
                postedBy: try row.decode(atIndex: 6))
        }
    }

    func unavailabilities() throws -> [UnavailabilityRow] {
        try db.rows(
            """
            SELECT id, staff_id, day_from, day_to, reason, declared_at, declared_by, lifted_at, lifted_by
            FROM unavailability ORDER BY id
            """, []
        ).map { row in
            UnavailabilityRow(
                id: try row.decode(atIndex: 0), staff: try row.decode(atIndex: 1), dayFrom: try row.decode(atIndex: 2),
                dayTo: try row.decode(atIndex: 3), reason: try row.decode(atIndex: 4),
                declaredAt: try row.decode(atIndex: 5),
                declaredBy: try row.decode(atIndex: 6), liftedAt: try row.decode(atIndex: 7),
                liftedBy: try row.decode(atIndex: 8))
        }
    }

    func acknowledgements(item: String) throws -> [AcknowledgementRow] {
        try acknowledgementRows("WHERE item = ? ORDER BY rowid", [item])
    }

    func events(incident: Int, limit: Int) throws -> [EventRow] {
        try eventRows("WHERE incident_id = ? ORDER BY id DESC LIMIT ?", [incident, limit])
    }

    func events(subject: String, limit: Int) throws -> [EventRow] {
        try eventRows("WHERE subject = ? ORDER BY id DESC LIMIT ?", [subject, limit])
    }

    func events(after id: Int, limit: Int) throws -> [EventRow] {
        try eventRows("WHERE id > ? ORDER BY id LIMIT ?", [id, max(0, limit)])
    }

    func latestEventID() throws -> Int {
        try db.value("SELECT coalesce(max(id), 0) FROM event") ?? 0
    }

    /// The events `filter` picks, in the order and number it says.
    private func eventRows(_ filter: String, _ arguments: SQLArguments) throws -> [EventRow] {
        try db.rows(
            "SELECT id, incident_id, at, actor, subject, text, clock_fixed, kind, origin FROM event \(filter)",
            arguments
        ).map { row in
            EventRow(
                id: try row.decode(atIndex: 0), incident: try row.decode(atIndex: 1),
                at: try row.decode(atIndex: 2), actor: try row.decode(atIndex: 3),
                subject: try row.decode(atIndex: 4), text: try row.decode(atIndex: 5),
                isClockFixed: try row.decode(atIndex: 6), kind: try row.decode(atIndex: 7),
                origin: try row.decode(atIndex: 8))
        }
    }
}

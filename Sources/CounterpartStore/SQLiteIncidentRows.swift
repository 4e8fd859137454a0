import CounterpartCore
import CounterpartStorage
import GRDB

/// Incident rows in SQLite: the only place that knows their tables. SQL and row mapping
/// only; every rule is the operations layer's. A value that cannot be read as its column's
/// type throws (reported as corrupt), never traps.
struct SQLiteIncidentRows: StorageWriting {
    let db: Database
    let rosters: RosterCache

    func currentRoster() throws -> StoredRoster? { try rosters.current(db) }

    // MARK: - Reading

    func incidents() throws -> [IncidentRow] { try incidentRows(where: "", []) }

    func incident(_ id: Int) throws -> IncidentRow? { try incidentRows(where: "WHERE id = ?", [id]).first }

    private func incidentRows(where filter: String, _ arguments: StatementArguments) throws -> [IncidentRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM incident \(filter) ORDER BY id", arguments: arguments).map { row in
            let id: Int = try row.decode(forColumn: "id")
            let affected = try String.fetchAll(
                db, sql: "SELECT code FROM incident_affected WHERE incident_id = ? ORDER BY position",
                arguments: [id])
            return IncidentRow(
                id: id, name: try row.decode(forColumn: "name"), start: try row.decode(forColumn: "start"),
                rotationDays: try row.decode(forColumn: "rotation_days"),
                isDrill: try row.decode(forColumn: "is_drill"),
                affected: affected, openedAt: try row.decode(forColumn: "opened_at"),
                openedBy: try row.decode(forColumn: "opened_by"),
                closedAt: try row.decode(forColumn: "closed_at"), closedBy: try row.decode(forColumn: "closed_by"))
        }
    }

    func requests(incident: Int) throws -> [RequestRow] { try requestRows("WHERE incident_id = ?", [incident]) }

    func request(_ id: Int) throws -> RequestRow? { try requestRows("WHERE id = ?", [id]).first }

    func cancelledRequests() throws -> Set<Int> {
        Set(try Int.fetchAll(db, sql: "SELECT id FROM request WHERE is_cancelled = 1"))
    }

    private func requestRows(_ filter: String, _ arguments: StatementArguments) throws -> [RequestRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM request \(filter) ORDER BY id", arguments: arguments).map { row in
            RequestRow(
                id: try row.decode(forColumn: "id"), incident: try row.decode(forColumn: "incident_id"),
                municipality: try row.decode(forColumn: "municipality"),
                category: try row.decode(forColumn: "category"),
                headcount: try row.decode(forColumn: "headcount"), dayFrom: try row.decode(forColumn: "day_from"),
                dayTo: try row.decode(forColumn: "day_to"), priority: try row.decode(forColumn: "priority"),
                note: try row.decode(forColumn: "note"), isCancelled: try row.decode(forColumn: "is_cancelled"),
                filedAt: try row.decode(forColumn: "filed_at"), filedBy: try row.decode(forColumn: "filed_by"))
        }
    }

    func assignments(incident: Int) throws -> [AssignmentRow] {
        try assignmentRows("WHERE incident_id = ?", [incident])
    }

    func assignment(_ id: Int) throws -> AssignmentRow? { try assignmentRows("WHERE id = ?", [id]).first }

    private func assignmentRows(_ filter: String, _ arguments: StatementArguments) throws -> [AssignmentRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM assignment \(filter) ORDER BY id", arguments: arguments).map { row in
            AssignmentRow(
                id: try row.decode(forColumn: "id"), incident: try row.decode(forColumn: "incident_id"),
                request: try row.decode(forColumn: "request_id"), staff: try row.decode(forColumn: "staff_id"),
                period: try row.decode(forColumn: "period"), supplier: try row.decode(forColumn: "supplier"),
                tier: try row.decode(forColumn: "tier"), distanceKm: try row.decode(forColumn: "distance_km"),
                dayFrom: try row.decode(forColumn: "day_from"), dayTo: try row.decode(forColumn: "day_to"),
                state: try row.decode(forColumn: "state"), reason: try row.decode(forColumn: "reason"),
                proposedIn: try row.decode(forColumn: "proposed_in"))
        }
    }

    func latestPlanVersion(incident: Int) throws -> PlanVersionRow? {
        try planVersionRows("WHERE incident_id = ? ORDER BY number DESC LIMIT 1", [incident]).first
    }

    func planVersion(incident: Int, number: Int) throws -> PlanVersionRow? {
        try planVersionRows("WHERE incident_id = ? AND number = ?", [incident, number]).first
    }

    func planVersion(_ id: Int) throws -> PlanVersionRow? { try planVersionRows("WHERE id = ?", [id]).first }

    private func planVersionRows(_ filter: String, _ arguments: StatementArguments) throws -> [PlanVersionRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM plan_version \(filter)", arguments: arguments).map { row in
            PlanVersionRow(
                id: try row.decode(forColumn: "id"), incident: try row.decode(forColumn: "incident_id"),
                number: try row.decode(forColumn: "number"),
                rosterRevision: try row.decode(forColumn: "roster_revision"),
                planJSON: try row.decode(forColumn: "plan_json"), missing: try row.decode(forColumn: "missing"),
                madeAt: try row.decode(forColumn: "made_at"), madeBy: try row.decode(forColumn: "made_by"))
        }
    }

    func shortfalls(planVersion: Int) throws -> [ShortfallRow] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM plan_shortfall WHERE plan_version_id = ? ORDER BY period, request_id",
            arguments: [planVersion]
        ).map { row in
            ShortfallRow(
                period: try row.decode(forColumn: "period"), request: try row.decode(forColumn: "request_id"),
                category: try row.decode(forColumn: "category"), missing: try row.decode(forColumn: "missing"),
                reason: try row.decode(forColumn: "reason"))
        }
    }

    func acknowledgement(item: String, member: String) throws -> AcknowledgementRow? {
        try acknowledgementRows("WHERE item = ? AND member_id = ?", [item, member]).first
    }

    func unacknowledged(incident: Int?) throws -> [AcknowledgementRow] {
        let filter = "WHERE acknowledged_at IS NULL" + (incident == nil ? "" : " AND incident_id = ?")
        return try acknowledgementRows(filter + " ORDER BY due_since, rowid", incident.map { [$0] } ?? [])
    }

    private func acknowledgementRows(_ filter: String, _ arguments: StatementArguments) throws -> [AcknowledgementRow] {
        try Row.fetchAll(db, sql: "SELECT *, rowid AS sequence FROM acknowledgement \(filter)", arguments: arguments)
            .map { row in
                AcknowledgementRow(
                    item: try row.decode(forColumn: "item"), incident: try row.decode(forColumn: "incident_id"),
                    member: try row.decode(forColumn: "member_id"),
                    municipality: try row.decode(forColumn: "municipality"),
                    subject: try row.decode(forColumn: "subject"), dueSince: try row.decode(forColumn: "due_since"),
                    acknowledgedAt: try row.decode(forColumn: "acknowledged_at"),
                    acknowledgedBy: try row.decode(forColumn: "acknowledged_by"),
                    sequence: try row.decode(forColumn: "sequence"))
            }
    }

    func notice(_ id: Int) throws -> NoticeRow? {
        try Row.fetchOne(db, sql: "SELECT * FROM notice WHERE id = ?", arguments: [id]).map { row in
            NoticeRow(
                id: try row.decode(forColumn: "id"), incident: try row.decode(forColumn: "incident_id"),
                group: try row.decode(forColumn: "group_id"), title: try row.decode(forColumn: "title"),
                body: try row.decode(forColumn: "body"), postedAt: try row.decode(forColumn: "posted_at"),
                postedBy: try row.decode(forColumn: "posted_by"))
        }
    }

    func events(incident: Int, limit: Int) throws -> [EventRow] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM event WHERE incident_id = ? ORDER BY id DESC LIMIT ?", arguments: [incident, limit]
        ).map { row in
            EventRow(
                id: try row.decode(forColumn: "id"), incident: try row.decode(forColumn: "incident_id"),
                at: try row.decode(forColumn: "at"), actor: try row.decode(forColumn: "actor"),
                subject: try row.decode(forColumn: "subject"), text: try row.decode(forColumn: "text"))
        }
    }
}

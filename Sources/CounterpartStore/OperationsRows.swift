import CounterpartCore
import CounterpartOperations
import GRDB

/// Reading and writing incident records; the only place that knows their tables.
enum OperationsRows {
    // MARK: - Incidents

    static func incidents(_ db: Database, number: Int? = nil) throws -> [Incident] {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM incident \(number == nil ? "" : "WHERE id = ?") ORDER BY id",
                                    arguments: number.map { [$0] } ?? [])
        return try rows.map { row in
            let id: Int = row["id"]
            let affected = try String.fetchAll(db, sql: "SELECT code FROM incident_affected WHERE incident_id = ? ORDER BY position",
                                               arguments: [id]).map { try LocalGovernmentCode($0) }
            let closedAt: String? = row["closed_at"]
            return Incident(number: id, name: row["name"], start: try CalendarDay(row["start"] as String),
                            rotationDays: row["rotation_days"], affected: affected, isDrill: row["is_drill"],
                            opened: Stamp(time: row["opened_at"], actor: row["opened_by"]),
                            closed: closedAt.map { Stamp(time: $0, actor: row["closed_by"] ?? "") })
        }
    }

    static func incident(_ db: Database, _ number: Int) throws -> Incident {
        guard let incident = try incidents(db, number: number).first else { throw StoreError.refused(.unknown(RecordID(.incident, number))) }
        return incident
    }

    static func openIncident(_ db: Database, _ incident: Incident) throws -> Int {
        try db.execute(sql: """
            INSERT INTO incident (name, start, rotation_days, is_drill, opened_at, opened_by) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [incident.name, incident.start.description, incident.rotationDays, incident.isDrill,
                             incident.opened.time, incident.opened.actor])
        let number = Int(db.lastInsertedRowID)
        for (position, code) in incident.affected.enumerated() {
            try db.execute(sql: "INSERT INTO incident_affected (incident_id, position, code) VALUES (?, ?, ?)",
                           arguments: [number, position, code.description])
        }
        return number
    }

    // MARK: - Requests

    static func requests(_ db: Database, incident: Int? = nil, number: Int? = nil) throws -> [IncidentRequest] {
        let filter = number != nil ? "WHERE id = ?" : "WHERE incident_id = ?"
        return try Row.fetchAll(db, sql: "SELECT * FROM request \(filter) ORDER BY id", arguments: [number ?? incident ?? 0]).map { row in
            let details = RequestDetails(
                municipality: try LocalGovernmentCode(row["municipality"] as String),
                category: JobCategory(rawValue: row["category"]) ?? .general, headcount: row["headcount"],
                days: try DayRange(from: CalendarDay(row["day_from"] as String), to: CalendarDay(row["day_to"] as String)),
                priority: Priority(rawValue: row["priority"]) ?? .normal, note: row["note"])
            return IncidentRequest(number: row["id"], incident: row["incident_id"], details: details,
                                   isCancelled: row["is_cancelled"], filed: Stamp(time: row["filed_at"], actor: row["filed_by"]))
        }
    }

    static func request(_ db: Database, _ number: Int) throws -> IncidentRequest {
        guard let request = try requests(db, number: number).first else { throw StoreError.refused(.unknown(RecordID(.request, number))) }
        return request
    }

    static func insertRequest(_ db: Database, incident: Int, _ details: RequestDetails, stamp: Stamp) throws -> Int {
        try db.execute(sql: """
            INSERT INTO request (incident_id, municipality, category, headcount, day_from, day_to, priority, note, filed_at, filed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [incident, details.municipality.description, details.category.rawValue, details.headcount,
                             details.days.from.description, details.days.to.description, details.priority.rawValue,
                             details.note, stamp.time, stamp.actor])
        return Int(db.lastInsertedRowID)
    }

    static func updateRequest(_ db: Database, _ number: Int, _ details: RequestDetails) throws {
        try db.execute(sql: """
            UPDATE request SET municipality = ?, category = ?, headcount = ?, day_from = ?, day_to = ?, priority = ?, note = ? WHERE id = ?
            """, arguments: [details.municipality.description, details.category.rawValue, details.headcount,
                             details.days.from.description, details.days.to.description, details.priority.rawValue,
                             details.note, number])
    }

    // MARK: - Assignments

    static func assignments(_ db: Database, incident: Int? = nil, number: Int? = nil) throws -> [IncidentAssignment] {
        let filter = number != nil ? "WHERE id = ?" : "WHERE incident_id = ?"
        return try Row.fetchAll(db, sql: "SELECT * FROM assignment \(filter) ORDER BY id", arguments: [number ?? incident ?? 0]).map { row in
            IncidentAssignment(
                number: row["id"], request: row["request_id"], staff: StaffID(row["staff_id"]), period: row["period"],
                supplier: try LocalGovernmentCode(row["supplier"] as String), tier: Tier(rawValue: row["tier"]) ?? .prefecture,
                distanceKm: row["distance_km"],
                window: try DayRange(from: CalendarDay(row["day_from"] as String), to: CalendarDay(row["day_to"] as String)),
                state: AssignmentState(rawValue: row["state"]) ?? .proposed, reason: row["reason"], proposedIn: row["proposed_in"])
        }
    }

    static func assignment(_ db: Database, _ number: Int) throws -> IncidentAssignment {
        guard let assignment = try assignments(db, number: number).first else { throw StoreError.refused(.unknown(RecordID(.assignment, number))) }
        return assignment
    }

    static func incidentOfAssignment(_ db: Database, _ number: Int) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT incident_id FROM assignment WHERE id = ?", arguments: [number]) ?? 0
    }

    static func setState(_ db: Database, assignment number: Int, _ state: AssignmentState, reason: String?) throws {
        try db.execute(sql: "UPDATE assignment SET state = ?, reason = coalesce(?, reason) WHERE id = ?",
                       arguments: [state.rawValue, reason, number])
    }

    // MARK: - Events and acknowledgements

    static func record(_ db: Database, incident: Int?, subject: String, _ text: String, stamp: Stamp) throws {
        try db.execute(sql: "INSERT INTO event (incident_id, at, actor, subject, text) VALUES (?, ?, ?, ?, ?)",
                       arguments: [incident, stamp.time, stamp.actor, subject, text])
    }

    static func events(_ db: Database, incident: Int, limit: Int) throws -> [OperationsEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM event WHERE incident_id = ? ORDER BY id DESC LIMIT ?", arguments: [incident, limit]).map { row in
            OperationsEvent(stamp: Stamp(time: row["at"], actor: row["actor"]), incident: row["incident_id"],
                            subject: row["subject"], text: row["text"])
        }
    }

    static func requireAcknowledgement(_ db: Database, item: RecordID, incident: Int?, subject: String,
                                       members: [HotlineMember], since: String) throws {
        for member in members {
            try db.execute(sql: """
                INSERT INTO acknowledgement (item, incident_id, member_id, municipality, subject, due_since) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [item.description, incident, member.id.rawValue, member.municipality.description, subject, since])
        }
    }

    static func pending(_ db: Database, incident: Int?, includesDrills: Bool) throws -> [PendingAcknowledgement] {
        var sql = """
            SELECT a.*, a.rowid AS sequence FROM acknowledgement a LEFT JOIN incident i ON i.id = a.incident_id
            LEFT JOIN request r ON a.item = 'R' || r.id
            WHERE a.acknowledged_at IS NULL AND coalesce(r.is_cancelled, 0) = 0
            """
        var arguments: StatementArguments = []
        if let incident {
            sql += " AND a.incident_id = ?"
            arguments += [incident]
        } else {
            sql += " AND (i.id IS NULL OR i.closed_at IS NULL)"
            if !includesDrills { sql += " AND coalesce(i.is_drill, 0) = 0" }
        }
        return try Row.fetchAll(db, sql: sql +  " ORDER BY a.due_since, a.rowid", arguments: arguments).map { row in
            PendingAcknowledgement(item: RecordID(row["item"] as String)!, incident: row["incident_id"], member: MemberID(row["member_id"]),
                                   municipality: try LocalGovernmentCode(row["municipality"] as String),
                                   since: row["due_since"], subject: row["subject"], sequence: row["sequence"])
        }
    }
}

import CounterpartStorage

extension SQLIncidentRows {
    func insertIncident(_ row: IncidentRow) throws -> Int {
        let id = try db.insertReturningID(
            """
            INSERT INTO incident (name, start, rotation_days, is_drill, opened_at, opened_by, policy) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [row.name, row.start, row.rotationDays, row.isDrill, row.openedAt, row.openedBy, row.policy])
        for (position, code) in row.affected.enumerated() {
            try db.execute(
                "INSERT INTO incident_affected (incident_id, position, code) VALUES (?, ?, ?)", [id, position, code])
        }
        return id
    }

    func closeIncident(_ id: Int, at: String, by: String) throws {
        try db.execute("UPDATE incident SET closed_at = ?, closed_by = ? WHERE id = ?", [at, by, id])
    }

    func addAffected(_ codes: [String], to incident: Int) throws {
        let next =
            try db.value(
                "SELECT coalesce(max(position), -1) + 1 FROM incident_affected WHERE incident_id = ?", [incident]) ?? 0
        for (offset, code) in codes.enumerated() {
            try db.execute(
                "INSERT INTO incident_affected (incident_id, position, code) VALUES (?, ?, ?)",
                [incident, next + offset, code])
        }
    }

    func insertRequest(_ row: RequestRow) throws -> Int {
        return try db.insertReturningID(
            """
            INSERT INTO request (incident_id, municipality, category, headcount, day_from, day_to, priority, note, filed_at, filed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                row.incident, row.municipality, row.category, row.headcount, row.dayFrom, row.dayTo, row.priority,
                row.note, row.filedAt, row.filedBy,
            ])
    }

    func updateRequest(_ row: RequestRow) throws {
        try db.execute(
            """
            UPDATE request SET municipality = ?, category = ?, headcount = ?, day_from = ?, day_to = ?, priority = ?, note = ? WHERE id = ?
            """,
            [
                row.municipality, row.category, row.headcount, row.dayFrom, row.dayTo, row.priority, row.note, row.id,
            ])
    }

    func cancelRequest(_ id: Int) throws {
        try db.execute("UPDATE request SET is_cancelled = 1 WHERE id = ?", [id])
    }

    func insertPlanVersion(_ row: PlanVersionRow, shortfalls: [ShortfallRow]) throws -> Int {
        let id = try db.insertReturningID(
            """
            INSERT INTO plan_version (incident_id, number, roster_revision, plan_json, missing, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                row.incident, row.number, row.rosterRevision, row.planJSON, row.missing, row.madeAt, row.madeBy,
            ])
        for shortfall in shortfalls {
            try db.execute(
                """
                INSERT INTO plan_shortfall (plan_version_id, period, request_id, category, missing, reason) VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    id, shortfall.period, shortfall.request, shortfall.category, shortfall.missing, shortfall.reason,
                ])
        }
        return id
    }

    func insertAssignment(_ row: AssignmentRow) throws -> Int {
        return try db.insertReturningID(
            """
            INSERT INTO assignment (incident_id, request_id, staff_id, period, supplier, tier, distance_km, day_from, day_to, state, reason, proposed_in, staff_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                row.incident, row.request, row.staff, row.period, row.supplier, row.tier, row.distanceKm, row.dayFrom,
                row.dayTo, row.state, row.reason, row.proposedIn, row.staffName,
            ])
    }

    func updateAssignmentFigures(_ id: Int, tier: String, distanceKm: Int, dayFrom: String, dayTo: String) throws {
        try db.execute(
            "UPDATE assignment SET tier = ?, distance_km = ?, day_from = ?, day_to = ? WHERE id = ?",
            [tier, distanceKm, dayFrom, dayTo, id])
    }

    func moveAssignment(_ id: Int, from expected: String, to state: String, reason: String?) throws {
        guard
            try db.execute(
                "UPDATE assignment SET state = ?, reason = coalesce(?, reason) WHERE id = ? AND state = ?",
                [state, reason, id, expected]) == 1
        else { throw StorageError.conflict("assignment A\(id) is no longer \(expected)") }
    }

    func insertAcknowledgements(_ rows: [AcknowledgementRow]) throws {
        for row in rows {
            try db.execute(
                """
                INSERT INTO acknowledgement (item, incident_id, member_id, municipality, subject, due_since) VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    row.item, row.incident, row.member, row.municipality, row.subject, row.dueSince,
                ])
        }
    }

    func markAcknowledged(item: String, member: String, at: String, by: String) throws -> Bool {
        try db.execute(
            """
            UPDATE acknowledgement SET acknowledged_at = ?, acknowledged_by = ? WHERE item = ? AND member_id = ? AND acknowledged_at IS NULL
            """, [at, by, item, member]) == 1
    }

    func insertNotice(_ row: NoticeRow) throws -> Int {
        return try db.insertReturningID(
            "INSERT INTO notice (incident_id, group_id, title, body, posted_at, posted_by) VALUES (?, ?, ?, ?, ?, ?)",
            [row.incident, row.group, row.title, row.body, row.postedAt, row.postedBy])
    }

    func appendEvent(_ row: EventRow) throws { try EventChain.append(row, db) }

    func insertUnavailability(_ row: UnavailabilityRow) throws -> Int {
        return try db.insertReturningID(
            """
            INSERT INTO unavailability (staff_id, day_from, day_to, reason, declared_at, declared_by) VALUES (?, ?, ?, ?, ?, ?)
            """, [row.staff, row.dayFrom, row.dayTo, row.reason, row.declaredAt, row.declaredBy])
    }

    func liftUnavailability(_ id: Int, at: String, by: String) throws -> Bool {
        try db.execute(
            "UPDATE unavailability SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL", [at, by, id])
            == 1
    }
}

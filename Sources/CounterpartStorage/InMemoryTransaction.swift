/// One transaction on a copy of an ``InMemoryStorage``'s rows: kept only when it ends well.
final class InMemoryTransaction: StorageWriting {
    var tables: InMemoryTables

    init(_ tables: InMemoryTables) { self.tables = tables }

    private static func row<Row>(_ rows: [Row], _ id: Int) -> Row? {
        rows.indices.contains(id - 1) ? rows[id - 1] : nil
    }

    func currentRoster() -> StoredRoster? { tables.roster }
    func incidents() -> [IncidentRow] { tables.incidents }
    func incident(_ id: Int) -> IncidentRow? { Self.row(tables.incidents, id) }
    func requests(incident: Int) -> [RequestRow] { tables.requests.filter { $0.incident == incident } }
    func request(_ id: Int) -> RequestRow? { Self.row(tables.requests, id) }
    func cancelledRequests() -> Set<Int> { Set(tables.requests.filter(\.isCancelled).map(\.id)) }
    func assignments(incident: Int) -> [AssignmentRow] { tables.assignments.filter { $0.incident == incident } }
    func assignment(_ id: Int) -> AssignmentRow? { Self.row(tables.assignments, id) }
    func heldAssignments(otherThan incident: Int) -> [AssignmentRow] {
        let open = Set(tables.incidents.filter { $0.closedAt == nil }.map(\.id))
        return tables.assignments.filter {
            $0.incident != incident && open.contains($0.incident)
                && ($0.state == "confirmed" || $0.state == "dispatched")
        }
    }
    func latestPlanVersion(incident: Int) -> PlanVersionRow? {
        tables.planVersions.filter { $0.incident == incident }.max { $0.number < $1.number }
    }
    func planVersion(incident: Int, number: Int) -> PlanVersionRow? {
        tables.planVersions.first { $0.incident == incident && $0.number == number }
    }
    func planVersion(_ id: Int) -> PlanVersionRow? { Self.row(tables.planVersions, id) }
    func shortfalls(planVersion: Int) -> [ShortfallRow] {
        (tables.shortfalls[planVersion] ?? []).sorted { ($0.period, $0.request) < ($1.period, $1.request) }
    }
    func acknowledgement(item: String, member: String) -> AcknowledgementRow? {
        tables.acknowledgements.first { $0.item == item && $0.member == member }
    }
    func unacknowledged(incident: Int?) -> [AcknowledgementRow] {
        tables.acknowledgements
            .filter { $0.acknowledgedAt == nil && (incident == nil || $0.incident == incident) }
            .sorted { ($0.dueSince, $0.sequence) < ($1.dueSince, $1.sequence) }
    }
    func unacknowledged(among incidents: [Int], includingOutside: Bool) -> [AcknowledgementRow] {
        let wanted = Set(incidents)
        return unacknowledged(incident: nil).filter { row in
            row.incident.map(wanted.contains) ?? includingOutside
        }
    }
    func notice(_ id: Int) -> NoticeRow? { Self.row(tables.notices, id) }
    func unavailabilities() -> [UnavailabilityRow] { tables.unavailabilities }
    func notices() -> [NoticeRow] { tables.notices }
    func acknowledgements(item: String) -> [AcknowledgementRow] {
        tables.acknowledgements.filter { $0.item == item }.sorted { $0.sequence < $1.sequence }
    }
    func events(incident: Int, limit: Int) -> [EventRow] {
        Array(tables.events.filter { $0.incident == incident }.reversed().prefix(max(0, limit)))
    }

    func events(subject: String, limit: Int) -> [EventRow] {
        Array(tables.events.filter { $0.subject == subject }.reversed().prefix(max(0, limit)))
    }

    func events(after id: Int, limit: Int) -> [EventRow] {
        Array(tables.events.filter { $0.id > id }.prefix(max(0, limit)))
    }

    func latestEventID() -> Int { tables.events.last?.id ?? 0 }

    private func requireIncident(_ id: Int?) throws {
        if let id, incident(id) == nil { throw StorageError.refused("no incident \(id)") }
    }

    func insertIncident(_ row: IncidentRow) throws -> Int {
        guard !row.name.isEmpty, row.rotationDays >= 1 else { throw StorageError.refused("incident row breaks a rule") }
        var row = row
        row.id = tables.incidents.count + 1
        tables.incidents.append(row)
        return row.id
    }

    func closeIncident(_ id: Int, at: String, by: String) throws {
        try requireIncident(id)
        tables.incidents[id - 1].closedAt = at
        tables.incidents[id - 1].closedBy = by
    }

    func addAffected(_ codes: [String], to incident: Int) throws {
        try requireIncident(incident)
        guard
            Set(codes + tables.incidents[incident - 1].affected).count == codes.count
                + tables.incidents[incident - 1].affected.count
        else { throw StorageError.conflict("a municipality is affected already") }
        tables.incidents[incident - 1].affected += codes
    }

    func insertRequest(_ row: RequestRow) throws -> Int {
        try requireIncident(row.incident)
        guard row.headcount >= 1, row.dayFrom <= row.dayTo else {
            throw StorageError.refused("request row breaks a rule")
        }
        var row = row
        row.id = tables.requests.count + 1
        tables.requests.append(row)
        return row.id
    }

    func updateRequest(_ row: RequestRow) throws {
        guard request(row.id) != nil, row.headcount >= 1, row.dayFrom <= row.dayTo else {
            throw StorageError.refused("request row breaks a rule")
        }
        var updated = tables.requests[row.id - 1]
        (updated.municipality, updated.category, updated.headcount) = (row.municipality, row.category, row.headcount)
        (updated.dayFrom, updated.dayTo, updated.priority, updated.note) = (
            row.dayFrom, row.dayTo, row.priority, row.note
        )
        tables.requests[row.id - 1] = updated
    }

    func cancelRequest(_ id: Int) throws {
        guard request(id) != nil else { throw StorageError.refused("no request \(id)") }
        tables.requests[id - 1].isCancelled = true
    }

    func insertPlanVersion(_ row: PlanVersionRow, shortfalls: [ShortfallRow]) throws -> Int {
        try requireIncident(row.incident)
        guard planVersion(incident: row.incident, number: row.number) == nil else {
            throw StorageError.conflict("plan version \(row.number) of incident \(row.incident) exists already")
        }
        var row = row
        row.id = tables.planVersions.count + 1
        tables.planVersions.append(row)
        tables.shortfalls[row.id] = shortfalls
        return row.id
    }

    func insertAssignment(_ row: AssignmentRow) throws -> Int {
        guard request(row.request) != nil, row.period >= 0 else {
            throw StorageError.refused("assignment row breaks a rule")
        }
        var row = row
        row.id = tables.assignments.count + 1
        tables.assignments.append(row)
        return row.id
    }

    func updateAssignmentFigures(_ id: Int, tier: String, distanceKm: Int, dayFrom: String, dayTo: String) throws {
        guard assignment(id) != nil else { throw StorageError.refused("no assignment \(id)") }
        tables.assignments[id - 1].tier = tier
        tables.assignments[id - 1].distanceKm = distanceKm
        tables.assignments[id - 1].dayFrom = dayFrom
        tables.assignments[id - 1].dayTo = dayTo
    }

    func moveAssignment(_ id: Int, from expected: String, to state: String, reason: String?) throws {
        guard let current = assignment(id), current.state == expected else {
            throw StorageError.conflict("assignment \(id) is no longer \(expected)")
        }
        tables.assignments[id - 1].state = state
        if let reason { tables.assignments[id - 1].reason = reason }
    }

    func insertAcknowledgements(_ rows: [AcknowledgementRow]) throws {
        for var row in rows {
            try requireIncident(row.incident)
            guard acknowledgement(item: row.item, member: row.member) == nil else {
                throw StorageError.conflict("\(row.member) already has \(row.item) to acknowledge")
            }
            row.sequence = tables.acknowledgements.count + 1
            tables.acknowledgements.append(row)
        }
    }

    func markAcknowledged(item: String, member: String, at: String, by: String) throws -> Bool {
        guard let index = tables.acknowledgements.firstIndex(where: { $0.item == item && $0.member == member }),
            tables.acknowledgements[index].acknowledgedAt == nil
        else { return false }
        tables.acknowledgements[index].acknowledgedAt = at
        tables.acknowledgements[index].acknowledgedBy = by
        return true
    }

    func insertNotice(_ row: NoticeRow) throws -> Int {
        try requireIncident(row.incident)
        guard !row.title.isEmpty else { throw StorageError.refused("notice row breaks a rule") }
        var row = row
        row.id = tables.notices.count + 1
        tables.notices.append(row)
        return row.id
    }

    func insertUnavailability(_ row: UnavailabilityRow) throws -> Int {
        guard row.dayFrom <= row.dayTo, !row.reason.isEmpty else {
            throw StorageError.refused("unavailability row breaks a rule")
        }
        var row = row
        row.id = tables.unavailabilities.count + 1
        tables.unavailabilities.append(row)
        return row.id
    }

    func liftUnavailability(_ id: Int, at: String, by: String) throws -> Bool {
        guard tables.unavailabilities.indices.contains(id - 1) else {
            throw StorageError.refused("no unavailability \(id)")
        }
        guard tables.unavailabilities[id - 1].liftedAt == nil else { return false }
        tables.unavailabilities[id - 1].liftedAt = at
        tables.unavailabilities[id - 1].liftedBy = by
        return true
    }

    func appendEvent(_ row: EventRow) throws {
        try requireIncident(row.incident)
        var row = row
        row.id = tables.events.count + 1
        tables.events.append(row)
    }
}

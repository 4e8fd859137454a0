import CounterpartCore
import CounterpartOperations
import GRDB

extension RosterStore {
    /// Opens an incident on the stored roster, with `requests` filed at once (a drill's).
    /// - Throws: ``StoreError/refused(_:)`` when a municipality is unknown or a request is bad.
    public func openIncident(name: String, start: CalendarDay, rotationDays: Int, affected: [LocalGovernmentCode],
                             isDrill: Bool, requests: [RequestDetails], stamp: Stamp) throws(StoreError) -> (Incident, [IncidentRequest]) {
        try operating { db in
            let roster = try Self.requireRoster(db)
            var problems: [String] = []
            if name.allSatisfy(\.isWhitespace) { problems.append("the incident needs a name (--name)") }
            if affected.isEmpty { problems.append("name at least one affected municipality (--affected CODE)") }
            if rotationDays < 1 { problems.append("--rotation-days must be at least 1") }
            for code in affected where roster.municipality(code) == nil {
                problems.append("\(code) is not a municipality of the stored roster")
            }
            if Set(affected).count != affected.count { problems.append("an affected municipality is named twice") }
            guard problems.isEmpty else { throw StoreError.refused(.badRequest(problems)) }
            var incident = Incident(number: 0, name: name, start: start, rotationDays: rotationDays, affected: affected,
                                    isDrill: isDrill, opened: stamp)
            incident.number = try OperationsRows.openIncident(db, incident)
            let names = affected.map { roster.municipality($0)?.name ?? $0.description }.joined(separator: "、")
            try OperationsRows.record(db, incident: incident.number, subject: incident.id.description,
                                      "\(isDrill ? "drill" : "incident") opened: \(name); affected \(names); start \(start), periods of \(rotationDays) days",
                                      stamp: stamp)
            let filed = try requests.map { details in try Self.file(db, details, in: incident, roster: roster, stamp: stamp) }
            return (incident, filed)
        }
    }

    /// Every incident and drill, oldest first.
    public func incidents() throws(StoreError) -> [Incident] {
        try reading { db in try OperationsRows.incidents(db) }
    }

    /// Incident `number`.
    public func incident(_ number: Int) throws(StoreError) -> Incident {
        try reading { db in try OperationsRows.incident(db, number) }
    }

    /// Closes incident `number`: nothing more is added to it; its record stays.
    public func closeIncident(_ number: Int, stamp: Stamp) throws(StoreError) -> Incident {
        try operating { db in
            let incident = try Self.requireOpen(db, number)
            try db.execute(sql: "UPDATE incident SET closed_at = ?, closed_by = ? WHERE id = ?", arguments: [stamp.time, stamp.actor, number])
            try OperationsRows.record(db, incident: number, subject: incident.id.description, "incident closed", stamp: stamp)
            return try OperationsRows.incident(db, number)
        }
    }

    /// The latest `limit` events of incident `number`, newest first.
    public func events(incident number: Int, limit: Int) throws(StoreError) -> [OperationsEvent] {
        try reading { db in
            _ = try OperationsRows.incident(db, number)
            return try OperationsRows.events(db, incident: number, limit: limit)
        }
    }

    // MARK: - Shared steps

    static func requireRoster(_ db: Database) throws -> Roster {
        guard let roster = try RosterRows.load(db, asOf: nil) else { throw StoreError.refused(.noRoster) }
        return roster
    }

    static func requireOpen(_ db: Database, _ number: Int) throws -> Incident {
        let incident = try OperationsRows.incident(db, number)
        guard incident.isOpen else { throw StoreError.refused(.incidentClosed(incident.id)) }
        return incident
    }

    /// Files one checked request with its acknowledgements and event.
    static func file(_ db: Database, _ details: RequestDetails, in incident: Incident, roster: Roster, stamp: Stamp) throws -> IncidentRequest {
        let problems = RequestRules.problems(details, in: incident) { roster.municipality($0)?.name ?? "?" }
        guard problems.isEmpty else { throw StoreError.refused(.badRequest(problems)) }
        let number = try OperationsRows.insertRequest(db, incident: incident.number, details, stamp: stamp)
        let request = IncidentRequest(number: number, incident: incident.number, details: details, isCancelled: false, filed: stamp)
        let subject = "request \(request.id): " + describe(details, roster: roster)
        try OperationsRows.requireAcknowledgement(db, item: request.id, incident: incident.number, subject: subject,
                                                  members: Audience.concerned(with: [details.municipality], in: roster), since: stamp.time)
        try OperationsRows.record(db, incident: incident.number, subject: request.id.description, "filed: " + describe(details, roster: roster), stamp: stamp)
        return request
    }

    /// `宇和島市 避難所運営 shelter ×10 2026-11-02..2026-11-15 critical`.
    static func describe(_ details: RequestDetails, roster: Roster) -> String {
        let name = roster.municipality(details.municipality)?.name ?? details.municipality.description
        return "\(name) \(details.category.japaneseLabel) \(details.category) ×\(details.headcount) \(details.days) \(details.priority)"
    }
}

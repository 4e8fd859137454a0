import CounterpartCore
import CounterpartStorage

/// Stored rows read back as domain values. A row that breaks a rule of its value (a
/// headcount of 0, an unknown state, a day that is no day) is reported as corrupt, never
/// coerced and never trapped on.
enum StoredRows {
    static func incident(_ row: IncidentRow) throws(OperationsError) -> Incident {
        let place = "incident I\(row.id)"
        guard row.id >= 1, row.rotationDays >= 1, !row.name.isEmpty, !row.affected.isEmpty else {
            throw .corrupt("\(place): its name, rotation or affected municipalities break the rules")
        }
        var incident = Incident(
            id: Incident.ID(row.id), name: row.name, start: try day(row.start, place), rotationDays: row.rotationDays,
            affected: try row.affected.map { code throws(OperationsError) in try self.code(code, place) },
            isDrill: row.isDrill,
            opened: Stamp(time: try time(row.openedAt, place), actor: row.openedBy),
            closed: try row.closedAt.map { at throws(OperationsError) in
                Stamp(time: try time(at, place), actor: row.closedBy ?? "")
            })
        incident.policy = try PolicyText.policy(row.policy, place: place)
        return incident
    }

    static func request(_ row: RequestRow) throws(OperationsError) -> IncidentRequest {
        let place = "request R\(row.id)"
        guard row.id >= 1, row.headcount >= 1, row.headcount <= RequestRules.largestHeadcount else {
            throw .corrupt("\(place): headcount \(row.headcount)")
        }
        guard let category = JobCategory(rawValue: row.category) else {
            throw .corrupt("\(place): category '\(row.category)'")
        }
        guard let priority = Priority(rawValue: row.priority) else {
            throw .corrupt("\(place): priority '\(row.priority)'")
        }
        let details = RequestDetails(
            municipality: try code(row.municipality, place), category: category, headcount: row.headcount,
            days: try days(row.dayFrom, row.dayTo, place), priority: priority, note: row.note)
        return IncidentRequest(
            id: IncidentRequest.ID(row.id), incident: Incident.ID(row.incident), details: details,
            isCancelled: row.isCancelled, filed: Stamp(time: try time(row.filedAt, place), actor: row.filedBy))
    }

    static func assignment(_ row: AssignmentRow) throws(OperationsError) -> IncidentAssignment {
        let place = "assignment A\(row.id)"
        guard row.id >= 1, row.period >= 0, row.distanceKm >= 0, row.proposedIn >= 1 else {
            throw .corrupt("\(place): period, distance or plan version out of range")
        }
        guard let tier = Tier(rawValue: row.tier) else { throw .corrupt("\(place): tier '\(row.tier)'") }
        guard let state = AssignmentState(rawValue: row.state) else { throw .corrupt("\(place): state '\(row.state)'") }
        var assignment = IncidentAssignment(
            id: IncidentAssignment.ID(row.id), request: IncidentRequest.ID(row.request), staff: StaffID(row.staff),
            period: row.period,
            supplier: try code(row.supplier, place), tier: tier, distanceKm: row.distanceKm,
            window: try days(row.dayFrom, row.dayTo, place),
            state: state, reason: row.reason, proposedIn: row.proposedIn)
        assignment.staffName = row.staffName
        return assignment
    }

    /// The rows of many acknowledgements: an item, a municipality and a time are read once
    /// each however many members they concern (a large incident has hundreds of thousands).
    static func pending(_ rows: [AcknowledgementRow]) throws(OperationsError) -> [PendingAcknowledgement] {
        var items: [String: RecordID] = [:]
        var codes: [String: LocalGovernmentCode] = [:]
        var times: [String: Timestamp] = [:]
        var result: [PendingAcknowledgement] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            var place: String { "acknowledgement of \(row.item) by \(row.member)" }
            let item = try once(row.item, in: &items) { () throws(OperationsError) in
                guard let read = RecordID(row.item), [.request, .plan, .notice].contains(read.kind) else {
                    throw .corrupt("\(place): '\(row.item)' is not an item")
                }
                return read
            }
            let municipality = try once(row.municipality, in: &codes) { () throws(OperationsError) in
                try code(row.municipality, place)
            }
            let since = try once(row.dueSince, in: &times) { () throws(OperationsError) in try time(row.dueSince, place)
            }
            result.append(
                PendingAcknowledgement(
                    item: item, incident: row.incident.map(Incident.ID.init), member: MemberID(row.member),
                    municipality: municipality, since: since, subject: row.subject, sequence: row.sequence))
        }
        return result
    }

    /// The value read from `text` the first time it is met, from `cache` after that.
    private static func once<Value>(
        _ text: String, in cache: inout [String: Value], _ read: () throws(OperationsError) -> Value
    ) throws(OperationsError) -> Value {
        if let known = cache[text] { return known }
        let value = try read()
        cache[text] = value
        return value
    }

    static func event(_ row: EventRow) throws(OperationsError) -> OperationsEvent {
        let place = "event \(row.id)"
        let kind = try row.kind.map { text throws(OperationsError) in
            guard let kind = EventKind(rawValue: text) else { throw .corrupt("\(place): kind '\(text)'") }
            return kind
        }
        return OperationsEvent(
            id: row.id,
            stamp: Stamp(
                time: try time(row.at, place), actor: row.actor, isClockFixed: row.isClockFixed, origin: row.origin),
            incident: row.incident.map(Incident.ID.init), subject: row.subject, text: row.text, kind: kind,
            origin: row.origin)
    }

    static func unavailability(_ row: UnavailabilityRow) throws(OperationsError) -> Unavailability {
        let place = "unavailability U\(row.id)"
        return Unavailability(
            id: Unavailability.ID(row.id), staff: StaffID(row.staff), days: try days(row.dayFrom, row.dayTo, place),
            reason: row.reason, declared: Stamp(time: try time(row.declaredAt, place), actor: row.declaredBy),
            lifted: try row.liftedAt.map { at throws(OperationsError) in
                Stamp(time: try time(at, place), actor: row.liftedBy ?? "")
            })
    }

    static func shortfall(_ row: ShortfallRow, place: String) throws(OperationsError) -> RecordedShortfall {
        guard let category = JobCategory(rawValue: row.category), row.missing >= 1, row.period >= 0 else {
            throw .corrupt("\(place): shortfall of R\(row.request) in period \(row.period)")
        }
        return RecordedShortfall(
            period: row.period, request: IncidentRequest.ID(row.request), category: category,
            missing: row.missing, reason: row.reason)
    }

    static func notice(_ row: NoticeRow, audience: Int) throws(OperationsError) -> Notice {
        Notice(
            id: Notice.ID(row.id), title: row.title, body: row.body, group: row.group.map { GroupID($0) },
            incident: row.incident.map(Incident.ID.init),
            posted: Stamp(time: try time(row.postedAt, "notice N\(row.id)"), actor: row.postedBy), audience: audience)
    }

    // MARK: - Fields

    static func code(_ text: String, _ place: String) throws(OperationsError) -> LocalGovernmentCode {
        do { return try LocalGovernmentCode(text) } catch {
            throw .corrupt("\(place): '\(text)' is not a municipality code")
        }
    }

    static func day(_ text: String, _ place: String) throws(OperationsError) -> CalendarDay {
        do { return try CalendarDay(text) } catch { throw .corrupt("\(place): '\(text)' is not a day") }
    }

    static func days(_ from: String, _ to: String, _ place: String) throws(OperationsError) -> DayRange {
        do { return try DayRange(from: try day(from, place), to: try day(to, place)) } catch {
            throw .corrupt("\(place): \(from)..\(to) is not a range of days")
        }
    }

    static func time(_ text: String, _ place: String) throws(OperationsError) -> Timestamp {
        do { return try Timestamp(text) } catch { throw .corrupt("\(place): '\(text)' is not a time") }
    }
}

extension StoredRows {
    /// The row that stores `request`.
    static func row(_ request: IncidentRequest) -> RequestRow {
        let details = request.details
        return RequestRow(
            id: request.id.number, incident: request.incident.number, municipality: details.municipality.description,
            category: details.category.rawValue, headcount: details.headcount, dayFrom: details.days.from.description,
            dayTo: details.days.to.description, priority: details.priority.rawValue, note: details.note,
            isCancelled: request.isCancelled, filedAt: request.filed.time.description, filedBy: request.filed.actor)
    }

    /// The row that stores `assignment` of `incident`.
    static func row(_ assignment: IncidentAssignment, incident: Incident.ID) -> AssignmentRow {
        AssignmentRow(
            id: assignment.id.number, incident: incident.number, request: assignment.request.number,
            staff: assignment.staff.rawValue, period: assignment.period, supplier: assignment.supplier.description,
            tier: assignment.tier.rawValue, distanceKm: assignment.distanceKm,
            dayFrom: assignment.window.from.description,
            dayTo: assignment.window.to.description, state: assignment.state.rawValue, reason: assignment.reason,
            proposedIn: assignment.proposedIn, staffName: assignment.staffName)
    }
}

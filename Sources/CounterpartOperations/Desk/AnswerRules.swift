import CounterpartCore
import CounterpartPlanner
import CounterpartStorage

/// The rules of one answer, applied inside the desk's write transaction.
enum AnswerRules {
    static func apply(_ answer: IncidentDesk.Answer, rows: any StorageWriting, stamp: Stamp) throws
        -> IncidentDesk.AnswerOutcome
    {
        let id = answer.assignment
        let (before, incidentID) = try IncidentDesk.assignment(rows, id)
        let incident = try IncidentDesk.incident(rows, incidentID)
        // People come home after an incident is closed too: their return is still recorded.
        guard incident.isOpen || answer.action == .move(.returned) else {
            throw OperationsError.incidentClosed(incident.id.recordID)
        }
        if let expecting = answer.expecting, expecting != before.state {
            throw OperationsError.conflict("assignment \(id) is \(before.state) now, not \(expecting)")
        }
        switch answer.action {
        case .move(let move):
            return try apply(move, answer, before: before, incident: incident, rows: rows, stamp: stamp)
        case .substitute(let staff):
            return try substitute(before, by: staff, answer, incident: incident, rows: rows, stamp: stamp)
        }
    }

    private static func apply(
        _ move: AssignmentMove, _ answer: IncidentDesk.Answer, before: IncidentAssignment, incident: Incident,
        rows: any StorageWriting, stamp: Stamp
    ) throws -> IncidentDesk.AnswerOutcome {
        let id = answer.assignment
        guard move.isAllowed(from: before.state) else {
            throw OperationsError.illegalMove(id.recordID, current: before.state, move: move)
        }
        guard !answer.marksUnavailable || move == .decline else {
            throw OperationsError.invalid([
                Problem(
                    field: "unavailable", rule: "decline-only", message: "only a decline marks a person unavailable",
                    japanese: "派遣不可の印は辞退のときだけ付けられます。")
            ])
        }
        if move == .confirm {
            let problems = try stillFits(before, incident: incident, rows: rows)
            guard problems.isEmpty else { throw OperationsError.invalid(problems) }
        }
        try rows.moveAssignment(id.number, from: before.state.rawValue, to: move.target.rawValue, reason: answer.reason)
        try IncidentDesk.record(
            rows, incident: incident.id, subject: id.description,
            "\(before.staff) for \(before.request) period \(before.period): \(before.state) → \(move.target)"
                + (answer.reason.map { " (\($0))" } ?? ""), kind: .assignmentAnswered, stamp: stamp)
        var after = before
        after.state = move.target
        if let reason = answer.reason { after.reason = reason }
        var unavailability: Unavailability?
        if answer.marksUnavailable {
            unavailability = try IncidentDesk.declareUnavailable(
                rows, staff: before.staff, days: before.window, reason: answer.reason ?? "declined \(id)", stamp: stamp)
        }
        return IncidentDesk.AnswerOutcome(before: before, after: after, unavailability: unavailability)
    }

    /// What keeps a proposal from being confirmed as things stand now: its request changed or
    /// filled meanwhile, its person held by another incident or unavailable on its days.
    static func stillFits(_ assignment: IncidentAssignment, incident: Incident, rows: any StorageReading) throws
        -> [Problem]
    {
        let request = try IncidentDesk.request(rows, assignment.request)
        guard !request.isCancelled else { throw OperationsError.requestCancelled(request.id.recordID) }
        var problems: [Problem] = []
        let scenario = Scenario(id: "", start: incident.start, rotationDays: incident.rotationDays)
        if scenario.window(of: request.dispatchRequest, inPeriod: assignment.period) == nil {
            problems.append(
                Problem(
                    field: "assignment", rule: "request-changed",
                    message:
                        "\(assignment.id) (period \(assignment.period)) is on days \(request.id) no longer covers; plan again",
                    japanese:
                        "\(assignment.id)（第\(assignment.period + 1)期）は \(request.id) の期間外になりました。計画し直してください。"
                ))
        }
        let held = try IncidentDesk.assignments(rows, incident.id).filter {
            $0.request == request.id && $0.period == assignment.period && $0.state.isHeld && $0.id != assignment.id
        }
        if held.count >= request.details.headcount {
            problems.append(
                Problem(
                    field: "assignment", rule: "request-filled",
                    message:
                        "\(request.id) already has \(held.count) confirmed people in period \(assignment.period), its headcount; plan again",
                    japanese:
                        "\(request.id) の第\(assignment.period + 1)期は既に要請人数どおり \(held.count)人が確定しています。計画し直してください。"
                ))
        }
        let sameTime = try IncidentDesk.assignments(rows, incident.id).filter {
            $0.staff == assignment.staff && $0.period == assignment.period && $0.id != assignment.id
                && ($0.state == .confirmed || $0.state == .dispatched)
        }
        for other in sameTime {
            problems.append(
                Problem(
                    field: "staff", rule: "held-here",
                    message:
                        "\(assignment.staff) is held for \(other.request) (\(other.id)) in period \(assignment.period) already",
                    japanese:
                        "\(assignment.staff) は第\(assignment.period + 1)期に既に \(other.request)（\(other.id)）で確定しています。"
                ))
        }
        problems += try personIsFree(assignment.staff, on: assignment.window, apartFrom: incident.id, rows: rows)
        return problems
    }

    /// Why `staff` cannot serve on `days`: held by another open incident then, or unavailable.
    static func personIsFree(
        _ staff: StaffID, on days: DayRange, apartFrom incident: Incident.ID, rows: any StorageReading
    )
        throws -> [Problem]
    {
        var problems: [Problem] = []
        for row in try rows.heldAssignments(otherThan: incident.number) where row.staff == staff.rawValue {
            let other = try StoredRows.assignment(row)
            if other.window.overlap(with: days) != nil {
                problems.append(
                    Problem(
                        field: "staff", rule: "held-elsewhere",
                        message: "\(staff) is held in I\(row.incident) (\(other.id)) on days that overlap \(days)",
                        japanese: "\(staff) は重なる日程で I\(row.incident)（\(other.id)）に確定しています。"))
            }
        }
        for entry in try IncidentDesk.unavailabilities(rows) where entry.isInForce && entry.staff == staff {
            if entry.days.overlap(with: days) != nil {
                problems.append(
                    Problem(
                        field: "staff", rule: "unavailable",
                        message: "\(staff) is unavailable \(entry.days) (\(entry.id): \(entry.reason))",
                        japanese: "\(staff) は \(entry.days) に派遣不可です（\(entry.id): \(entry.reason)）。"))
            }
        }
        return problems
    }
}

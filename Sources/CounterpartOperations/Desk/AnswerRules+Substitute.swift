import CounterpartCore
import CounterpartPlanner
import CounterpartStorage

extension AnswerRules {
    /// The supporter sends `staff`, another of its own people, instead of the one proposed
    /// or confirmed: the substitute must pass rules 1–6 for that period; the first person is
    /// released (withdrawn); the record keeps both.
    static func substitute(
        _ before: IncidentAssignment, by staff: StaffID, _ answer: IncidentDesk.Answer, incident: Incident,
        rows: any StorageWriting, stamp: Stamp
    ) throws -> IncidentDesk.AnswerOutcome {
        let id = answer.assignment
        guard before.state == .proposed || before.state == .confirmed else {
            throw OperationsError.invalid([
                Problem(
                    field: "assignment", rule: "not-substitutable",
                    message:
                        "\(id) is \(before.state) (\(before.state.japaneseLabel)); only a proposed or confirmed person can be replaced",
                    japanese: "\(id) は「\(before.state.japaneseLabel)」です。交代できるのは「提案」か「確定」の職員だけです。"
                )
            ])
        }
        guard let stored = try rows.currentRoster() else { throw OperationsError.noRoster }
        let roster = stored.roster
        let problems = try substituteProblems(before, staff, incident: incident, roster: roster, rows: rows)
        guard problems.isEmpty else { throw OperationsError.invalid(problems) }
        var substitute = before
        substitute.staff = staff
        substitute.staffName = roster.staff.first { $0.id == staff }?.name
        substitute.state = .confirmed
        substitute.reason = "substitute for \(before.staff) (\(id))" + (answer.reason.map { ": \($0)" } ?? "")
        substitute.id = IncidentAssignment.ID(
            try rows.insertAssignment(StoredRows.row(substitute, incident: incident.id)))
        try rows.moveAssignment(
            id.number, from: before.state.rawValue, to: AssignmentState.withdrawn.rawValue,
            reason: "replaced by \(staff) (\(substitute.id))")
        try IncidentDesk.record(
            rows, incident: incident.id, subject: id.description,
            "\(before.staff) for \(before.request) period \(before.period): \(before.state) → withdrawn, replaced by \(staff) (\(substitute.id))"
                + (answer.reason.map { " (\($0))" } ?? ""), kind: .assignmentAnswered, stamp: stamp)
        var after = before
        after.state = .withdrawn
        after.reason = "replaced by \(staff) (\(substitute.id))"
        return IncidentDesk.AnswerOutcome(before: before, after: after, substitute: substitute)
    }

    /// What keeps `staff` from replacing `assignment`: another municipality, or rules 1–6 for
    /// that period with everyone else held as they are.
    private static func substituteProblems(
        _ assignment: IncidentAssignment, _ staff: StaffID, incident: Incident, roster: Roster, rows: any StorageReading
    ) throws -> [Problem] {
        guard staff != assignment.staff else {
            return [
                Problem(
                    field: "staff", rule: "same-person", message: "\(staff) is the person proposed already",
                    japanese: "\(staff) は既に提案されている本人です。")
            ]
        }
        guard let person = roster.staff.first(where: { $0.id == staff }) else {
            return [
                Problem(
                    field: "staff", rule: "unknown", message: "there is no person \(staff) in the stored roster",
                    japanese: "登録されている名簿に職員 \(staff) はいません。")
            ]
        }
        guard person.municipality == assignment.supplier else {
            let name = roster.municipality(assignment.supplier)?.name ?? assignment.supplier.description
            return [
                Problem(
                    field: "staff", rule: "other-municipality",
                    message: "\(staff) does not work for \(name); a supporter replaces a person with one of its own",
                    japanese: "\(staff) は\(name)の職員ではありません。交代は同じ応援市町の職員どうしでだけできます。")
            ]
        }
        var problems = try personIsFree(staff, on: assignment.window, apartFrom: incident.id, rows: rows)
        let requests = try IncidentDesk.requests(rows, incident.id)
        let others = try IncidentDesk.assignments(rows, incident.id).filter { $0.id != assignment.id }
        var (scenario, _) = IncidentScenario.make(incident, requests: requests, assignments: others)
        let pin = Pin(request: IncidentScenario.requestID(assignment.request), staff: staff, period: assignment.period)
        scenario.pins.append(pin)
        let index = scenario.pins.count - 1
        let unavailable = try IncidentDesk.unavailabilities(rows)
        let available = PlanInput.availableRoster(roster, without: unavailable)
        for problem in ScenarioCheck.problems(in: scenario, against: available) {
            if case .pin(index) = problem.location {
                problems.append(
                    Problem(
                        field: "staff", rule: "rules", message: problem.message,
                        japanese: "交代の職員は派遣条件を満たしていません: " + problem.japanese))
            }
        }
        for problem in Planner.pinProblems(roster: available, scenario: scenario) where problem.pin == index {
            problems.append(
                Problem(
                    field: "staff", rule: "rules", message: problem.message,
                    japanese: "交代の職員は派遣条件を満たしていません: " + problem.japanese))
        }
        return problems
    }
}

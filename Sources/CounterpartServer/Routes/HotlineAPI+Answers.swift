import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct AnswerBody: Decodable {
        var action: String
        var reason: String?
        var staff: String?
        var expectedState: String?
    }

    struct ManyAnswersBody: Decodable {
        struct Item: Decodable {
            var assignment: String
            var action: String
            var reason: String?
            var staff: String?
            var expectedState: String?
        }
        var answers: [Item]
    }

    /// `GET /api/v1/incidents/{incident}/assignments?supplier=&state=&period=`.
    func listAssignments(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        let query = request.uri.queryParameters
        let supplier = try query["supplier"].map { text throws(APIError) in
            try InputValues.municipality(String(text), field: "supplier", in: caller.roster)
        }
        let state = try query["state"].map { text throws(APIError) in
            try InputValues.state(String(text), field: "state")
        }
        var period: Int?
        if let text = query["period"] {
            guard let number = Int(String(text)), number >= 0 else {
                throw APIError.invalid(
                    field: "period", japanese: "「期」は0以上の整数で指定してください。",
                    english: "period must be a whole number, 0 or more.")
            }
            period = number
        }
        let all = try await operations { () throws(OperationsError) in try await desk.assignments(incident: incident.id)
        }
        let shown = all.filter { assignment in
            (supplier.map { assignment.supplier == $0 } ?? true) && (state.map { assignment.state == $0 } ?? true)
                && (period.map { assignment.period == $0 } ?? true)
        }
        let names = names(caller)
        return JSONResponse.shape(shown.map { IncidentJSON.Assignment($0, names: names) })
    }

    /// `POST /api/v1/assignments/{assignment}/answer`: one answer.
    func answer(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let id = try InputValues.id(Self.parameter(context, "assignment"), as: IncidentAssignment.self)
        let checked = try await checkedAnswer(id, caller: caller)
        let body = try await JSONBody.decode(AnswerBody.self, from: request)
        let answer = try Self.answer(
            id, action: body.action, reason: body.reason, staff: body.staff, expected: body.expectedState, field: "")
        try caller.require(
            .answer(AccessAction.Answer(answer.action), person: checked.person, request: checked.request),
            incident: checked.incident)
        let outcomes = try await operations { () throws(OperationsError) in
            try await desk(context).answer([answer], by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Assignment(Self.shown(outcomes[0]), names: names(caller)))
    }

    /// `POST /api/v1/answers`: several answers in one transaction, all or nothing; every one
    /// checked against the table before any is given.
    func answers(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let body = try await JSONBody.decode(ManyAnswersBody.self, from: request)
        var answers: [IncidentDesk.Answer] = []
        for (index, item) in body.answers.enumerated() {
            let field = "answers[\(index)]."
            let id = try InputValues.id(item.assignment, as: IncidentAssignment.self, field: field + "assignment")
            let checked = try await checkedAnswer(id, caller: caller)
            let answer = try Self.answer(
                id, action: item.action, reason: item.reason, staff: item.staff, expected: item.expectedState,
                field: field)
            try caller.require(
                .answer(AccessAction.Answer(answer.action), person: checked.person, request: checked.request),
                incident: checked.incident)
            answers.append(answer)
        }
        let outcomes = try await operations { () throws(OperationsError) in
            try await desk(context).answer(answers, by: caller.agent)
        }
        events.poke()
        let names = names(caller)
        return JSONResponse.shape(outcomes.map { IncidentJSON.Assignment(Self.shown($0), names: names) })
    }

    /// The assignment after an answer: the substitute's for a substitution.
    static func shown(_ outcome: IncidentDesk.AnswerOutcome) -> IncidentAssignment {
        outcome.substitute ?? outcome.after
    }

    /// What the table needs to know of assignment `id`: whose person, whose request, which
    /// incident; 404 when the caller may not see it.
    func checkedAnswer(_ id: IncidentAssignment.ID, caller: Caller) async throws(APIError) -> (
        person: LocalGovernmentCode, request: LocalGovernmentCode, incident: Incident
    ) {
        let assignment = try await operations { () throws(OperationsError) in try await desk.assignment(id) }
        let request = try await operations { () throws(OperationsError) in try await desk.request(assignment.request) }
        let incident = try await incident(request.incident, for: caller)
        return (assignment.supplier, request.details.municipality, incident)
    }

    /// An answer from the body's words.
    static func answer(
        _ id: IncidentAssignment.ID, action: String, reason: String?, staff: String?, expected: String?, field: String
    ) throws(APIError) -> IncidentDesk.Answer {
        let expecting = try expected.map { text throws(APIError) in
            try InputValues.state(text, field: field + "expectedState")
        }
        let trimmedReason = reason.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
        switch action.trimmingSpaces {
        case "substitute", "交代":
            guard let staff, !staff.trimmingSpaces.isEmpty else {
                throw APIError.invalid(
                    [
                        .init(
                            field: field + "staff", japanese: "交代では、代わりに行く職員（staff）を指定してください。",
                            english: "A substitution names the person who goes instead (staff).")
                    ], status: .unprocessableContent)
            }
            return IncidentDesk.Answer(
                id, .substitute(StaffID(staff.trimmingSpaces)), reason: trimmedReason, expecting: expecting)
        case let text:
            guard
                let move = AssignmentMove(rawValue: text)
                    ?? AssignmentMove.allCases.first(where: { $0.japaneseVerb == text })
            else {
                throw APIError.invalid(
                    [
                        .init(
                            field: field + "action",
                            japanese: "操作「\(text)」はありません。使えるのは 承諾（confirm）、辞退（decline）、派遣開始（dispatched）、"
                                + "帰任（returned）、交代（substitute）です。",
                            english:
                                "action '\(text)' is not one of confirm, decline, dispatched, returned, substitute.")
                    ], status: .unprocessableContent)
            }
            return IncidentDesk.Answer(id, .move(move), reason: trimmedReason, expecting: expecting)
        }
    }
}

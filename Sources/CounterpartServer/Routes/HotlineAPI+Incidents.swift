import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct OpenBody: Decodable {
        var name: String
        var start: String
        var rotationDays: Int?
        var affected: [String]
        var drill: Bool?
    }

    struct CloseBody: Decodable {
        var force: Bool?
    }

    struct AffectedBody: Decodable {
        var codes: [String]
    }

    /// Days in a rotation period when none is given.
    static let defaultRotationDays = 7

    /// `GET /api/v1/incidents`: the incidents the member is concerned with.
    func listIncidents(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let all = try await operations { () throws(OperationsError) in try await desk.incidents() }
        let names = names(caller)
        return JSONResponse.shape(all.filter(caller.isConcerned).map { IncidentJSON.Incident($0, names: names) })
    }

    /// `POST /api/v1/incidents`: open one (headquarters).
    func openIncident(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        try caller.require(.open)
        let body = try await JSONBody.decode(OpenBody.self, from: request)
        let start = try InputValues.day(body.start, field: "start")
        var codes: [LocalGovernmentCode] = []
        for (index, text) in body.affected.enumerated() {
            codes.append(try InputValues.municipality(text, field: "affected[\(index)]", in: caller.roster))
        }
        let opening = IncidentDesk.Opening(
            name: body.name, start: start, rotationDays: body.rotationDays ?? Self.defaultRotationDays,
            affected: codes, isDrill: body.drill ?? false)
        let (incident, requests) = try await operations { () throws(OperationsError) in
            try await desk(context).open(opening, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(
            IncidentJSON.Opened(incident, requests: requests, names: names(caller)), status: .created)
    }

    /// `GET /api/v1/incidents/{incident}`: one incident with its requests and people.
    func showIncident(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        let body: ByteBuffer
        if let kept = cache.view(incident.id, at: caller.recordPosition) {
            body = kept
        } else {
            let view = try await operations { () throws(OperationsError) in try await desk.view(incident.id) }
            body = JSONResponse.bytes(IncidentJSON.Detail(view, names: names(caller)))
            cache.keepView(body, of: incident.id, at: caller.recordPosition)
        }
        return JSONResponse.make(body)
    }

    /// `POST /api/v1/incidents/{incident}/close`: 409 while people are away, unless forced.
    func closeIncident(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        try caller.require(.close, incident: incident)
        let body = try await JSONBody.decode(CloseBody.self, from: request)
        let closed = try await operations { () throws(OperationsError) in
            try await desk(context).close(incident.id, force: body.force ?? false, by: caller.agent).incident
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Incident(closed, names: names(caller)))
    }

    /// `POST /api/v1/incidents/{incident}/affected`: adds affected municipalities.
    func extendIncident(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        try caller.require(.extend, incident: incident)
        let body = try await JSONBody.decode(AffectedBody.self, from: request)
        var codes: [LocalGovernmentCode] = []
        for (index, text) in body.codes.enumerated() {
            codes.append(try InputValues.municipality(text, field: "codes[\(index)]", in: caller.roster))
        }
        let extended = try await operations { () throws(OperationsError) in
            try await desk(context).extend(incident.id, adding: codes, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Incident(extended, names: names(caller)))
    }

    /// `POST /api/v1/incidents/{incident}/plans`: a new plan version and what changed.
    func plan(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        try caller.require(.plan, incident: incident)
        let outcome = try await operations { () throws(OperationsError) in
            try await desk(context).plan(incident.id, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(
            IncidentJSON.PlanStored(outcome, names: RosterNames(roster: outcome.roster)), status: .created)
    }

    /// `GET /api/v1/plans/{plan}`: a stored plan version.
    func showPlan(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let id = try InputValues.id(Self.parameter(context, "plan"), as: PlanVersionRecord.self)
        let version = try await operations { () throws(OperationsError) in try await desk.planVersion(id) }
        _ = try await incident(version.incident, for: caller)
        var plan = version.planJSON
        while plan.last?.isWhitespace == true { plan.removeLast() }
        let text =
            "{\"id\":\(JSONValue.quoted(id.description)),\"incident\":\(JSONValue.quoted(version.incident.description)),"
            + "\"version\":\(version.version),\"plan\":\(plan)}\n"
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `GET /api/v1/incidents/{incident}/sitrep`: the situation report.
    func sitrep(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        let (report, now) = try await operations { () throws(OperationsError) in
            try await desk.situationReport(incident.id)
        }
        return JSONResponse.shape(IncidentJSON.Sitrep(report, names: names(caller), now: now))
    }
}

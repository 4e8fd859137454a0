import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct FileBody: Decodable {
        var municipality: String
        var category: String
        var headcount: Int
        var from: String
        var to: String
        var priority: String?
        var note: String?
    }

    struct ChangeBody: Decodable {
        var municipality: String?
        var category: String?
        var headcount: Int?
        var from: String?
        var to: String?
        var priority: String?
        var note: String?
    }

    struct CancelBody: Decodable {
        var reason: String?
    }

    /// `GET /api/v1/incidents/{incident}/requests`.
    func listRequests(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        let requests = try await operations { () throws(OperationsError) in
            try await desk.requests(incident: incident.id)
        }
        let names = names(caller)
        return JSONResponse.shape(requests.map { IncidentJSON.Request($0, names: names) })
    }

    /// `POST /api/v1/incidents/{incident}/requests`: files a request of a municipality (its
    /// own members, or headquarters).
    func fileRequest(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let incident = try await incident(Self.parameter(context, "incident"), for: caller)
        let body = try await JSONBody.decode(FileBody.self, from: request)
        let municipality = try InputValues.municipality(body.municipality, field: "municipality", in: caller.roster)
        try caller.require(.fileRequest(municipality: municipality), incident: incident)
        let details = RequestDetails(
            municipality: municipality, category: try InputValues.category(body.category),
            headcount: body.headcount,
            days: try InputValues.days(
                from: try InputValues.day(body.from, field: "from"), to: try InputValues.day(body.to, field: "to")),
            priority: try body.priority.map { text throws(APIError) in try InputValues.priority(text) } ?? .normal,
            note: body.note.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 })
        let filed = try await operations { () throws(OperationsError) in
            try await desk(context).file(details, in: incident.id, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Request(filed, names: names(caller)), status: .created)
    }

    /// The request `text` names, with its incident, when the caller may see it.
    func request(_ text: String, for caller: Caller) async throws(APIError) -> (IncidentRequest, Incident) {
        let id = try InputValues.id(text, as: IncidentRequest.self)
        let found = try await operations { () throws(OperationsError) in try await desk.request(id) }
        return (found, try await incident(found.incident, for: caller))
    }

    /// `PATCH /api/v1/requests/{request}`: changes the fields given.
    func changeRequest(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let (before, incident) = try await self.request(Self.parameter(context, "request"), for: caller)
        try caller.require(.changeRequest(municipality: before.details.municipality), incident: incident)
        let body = try await JSONBody.decode(ChangeBody.self, from: request)
        var details = before.details
        if let text = body.municipality {
            details.municipality = try InputValues.municipality(text, field: "municipality", in: caller.roster)
            try caller.require(.changeRequest(municipality: details.municipality), incident: incident)
        }
        if let text = body.category { details.category = try InputValues.category(text) }
        if let headcount = body.headcount { details.headcount = headcount }
        if let text = body.priority { details.priority = try InputValues.priority(text) }
        if let note = body.note { details.note = note.trimmingSpaces.isEmpty ? nil : note }
        if body.from != nil || body.to != nil {
            let from = try body.from.map { text throws(APIError) in try InputValues.day(text, field: "from") }
            let to = try body.to.map { text throws(APIError) in try InputValues.day(text, field: "to") }
            details.days = try InputValues.days(from: from ?? details.days.from, to: to ?? details.days.to)
        }
        let changed = try await operations { () throws(OperationsError) in
            try await desk(context).change(before.id, to: details, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Request(changed.after, names: names(caller)))
    }

    /// `POST /api/v1/requests/{request}/cancel`.
    func cancelRequest(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let (before, incident) = try await self.request(Self.parameter(context, "request"), for: caller)
        try caller.require(.cancelRequest(municipality: before.details.municipality), incident: incident)
        let body = try await JSONBody.decode(CancelBody.self, from: request)
        let (cancelled, assignments) = try await operations { () throws(OperationsError) in
            try await desk(context).cancel(before.id, reason: body.reason, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Cancelled(cancelled, assignments: assignments, names: names(caller)))
    }
}

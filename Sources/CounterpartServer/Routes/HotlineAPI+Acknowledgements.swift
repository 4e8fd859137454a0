import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct AcksBody: Decodable {
        var items: [String]
    }

    /// `POST /api/v1/acks`: the signed-in member acknowledges items addressed to them, all or
    /// none. An item of an incident they are not concerned with is 404, as if it did not exist.
    func acknowledge(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        try caller.require(.acknowledge(addressedTo: caller.member.id))
        let body = try await JSONBody.decode(AcksBody.self, from: request)
        let items = try Self.items(body.items)
        let done: IncidentDesk.Acknowledgements
        do {
            done = try await desk(context).acknowledge(items, member: caller.member.id.rawValue, by: caller.agent)
        } catch {
            // Refused: an item of an incident the member is not concerned with (or of none
            // at all) is 404, as if it did not exist; else the desk's own answer. Items
            // addressed to the member need no such look-up: being addressed is concern.
            for item in items {
                if let incident = try await incident(of: item) { _ = try await self.incident(incident, for: caller) }
            }
            throw APIError(error)
        }
        events.poke()
        return JSONResponse.shape(done.outcomes.map { IncidentJSON.Acknowledgement($0, member: done.member) })
    }

    /// The items to acknowledge `texts` name (`R12`, `P3`, `N2`); 422 naming the first that is
    /// no such id.
    static func items(_ texts: [String]) throws(APIError) -> [RecordID] {
        var items: [RecordID] = []
        for (index, text) in texts.enumerated() {
            guard let item = RecordID(text.trimmingSpaces) else {
                throw APIError.invalid(
                    [
                        .init(
                            field: "items[\(index)]", japanese: "「\(text)」は R12、P3、N2 のような番号ではありません。",
                            english: "items[\(index)]: '\(text)' is not an id like R12, P3 or N2.")
                    ], status: .unprocessableContent)
            }
            items.append(item)
        }
        return items
    }

    /// The incident an item belongs to, if any; 404 for an item that does not exist.
    func incident(of item: RecordID) async throws(APIError) -> Incident.ID? {
        if let known = cache.incident(of: item) { return known }
        let found = try await operations { () throws(OperationsError) -> Incident.ID? in
            switch item.kind {
            case .incident: return Incident.ID(item.number)
            case .request: return try await desk.request(IncidentRequest.ID(item.number)).incident
            case .assignment:
                let assignment = try await desk.assignment(IncidentAssignment.ID(item.number))
                return try await desk.request(assignment.request).incident
            case .plan: return try await desk.planVersion(PlanVersionID(item.number)).incident
            case .notice: return try await desk.notice(Notice.ID(item.number)).notice.incident
            case .unavailability: return nil
            }
        }
        cache.keep(found, of: item)
        return found
    }

    /// `GET /api/v1/me/unread`: what is addressed to the member and not yet acknowledged, but
    /// nothing of an incident they are not concerned with (it does not exist for them, and
    /// acknowledging it answers 404).
    func unread(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let pending = try await operations { () throws(OperationsError) in
            try await desk.pendingAcknowledgements(incident: nil, includesDrills: true)
        }
        let drills = Set(
            try await operations { () throws(OperationsError) in try await desk.incidents() }.filter(\.isDrill).map(
                \.id))
        let hidden = try await unseenIncidents(caller)
        let mine = pending.filter { $0.member == caller.member.id && !($0.incident.map(hidden.contains) ?? false) }
        return JSONResponse.make(
            .array(
                mine.map { item in
                    var fields: [(String, JSONValue)] = [
                        ("item", .string(item.item.description)), ("since", .string(item.since.description)),
                        ("subject", .string(item.subject)),
                    ]
                    if let incident = item.incident { fields.append(("incident", .string(incident.description))) }
                    fields.append(("drill", .bool(item.incident.map(drills.contains) ?? false)))
                    return .object(fields)
                }))
    }

    /// `GET /api/v1/followup?incident=I`: whom to phone about what is unread (headquarters).
    func followup(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        var incident: Incident?
        if let text = request.uri.queryParameters["incident"] {
            incident = try await self.incident(String(text), for: caller)
        }
        try caller.require(.followup, incident: incident)
        let groups = try await operations { () throws(OperationsError) in
            try await desk.followup(incident: incident?.id, caller: caller.agent)
        }
        let names = names(caller)
        return JSONResponse.shape(groups.map { IncidentJSON.FollowupGroup($0, names: names) })
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct RenotifyBody: Decodable {
        var incident: String
        var municipality: String
    }

    /// `POST /api/v1/followup/renotify` `{"incident","municipality"}`: re-notifies one
    /// municipality's members who have not read items of the incident (headquarters). Items
    /// re-notified there less than ten minutes ago are left out; when that is all of them,
    /// 429 and nothing changes.
    func renotify(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let body = try await JSONBody.decode(RenotifyBody.self, from: request)
        let incident = try await self.incident(body.incident, for: caller)
        try caller.require(.renotify, incident: incident)
        let code = try InputValues.municipality(body.municipality, field: "municipality", in: caller.roster)
        let desk = desk(context)
        let done = try await operations { () throws(OperationsError) in
            try await desk.renotify(incident: incident.id, municipality: code, by: caller.agent)
        }
        events.poke()
        return JSONResponse.make(.renotification(done))
    }
}

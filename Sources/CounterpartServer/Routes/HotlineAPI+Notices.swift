import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Hummingbird

extension HotlineAPI {
    struct NoticeBody: Decodable {
        var title: String
        var body: String
        var group: String?
        var incident: String?
    }

    /// Whether `caller` may read `record`: headquarters reads every notice, a member the
    /// notices addressed to them.
    static func mayRead(_ record: NoticeRecord, _ caller: Caller) -> Bool {
        caller.isHeadquarters || record.readers.contains { $0.member == caller.member.id }
    }

    /// `GET /api/v1/notices`: the notices the member may read, but none about an incident they
    /// are not concerned with (as ``showNotice(_:_:)`` answers 404 for those).
    func listNotices(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let records = try await operations { () throws(OperationsError) in try await desk.notices(incident: nil) }
        let hidden = try await unseenIncidents(caller)
        let names = names(caller)
        return JSONResponse.shape(
            records.filter { Self.mayRead($0, caller) && !($0.notice.incident.map(hidden.contains) ?? false) }.map {
                IncidentJSON.NoticeRecord($0, names: names)
            })
    }

    /// The incidents `caller` is not concerned with: they do not exist for them.
    func unseenIncidents(_ caller: Caller) async throws(APIError) -> Set<Incident.ID> {
        let all = try await operations { () throws(OperationsError) in try await desk.incidents() }
        return Set(all.filter { !caller.isConcerned(with: $0) }.map(\.id))
    }

    /// `POST /api/v1/notices`: posts one (headquarters) to all, a group, or about an incident.
    func postNotice(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let body = try await JSONBody.decode(NoticeBody.self, from: request)
        var incident: Incident?
        if let text = body.incident, !text.trimmingSpaces.isEmpty {
            guard let id = Incident.ID(text.trimmingSpaces) else {
                throw APIError.invalid(
                    [
                        .init(
                            field: "incident", japanese: "「\(text)」は I1 のような災害の番号ではありません。",
                            english: "incident: '\(text)' is not an id like I1.")
                    ], status: .unprocessableContent)
            }
            incident = try await self.incident(id, for: caller)
        }
        try caller.require(.postNotice, incident: incident)
        let group = body.group.flatMap { $0.trimmingSpaces.isEmpty ? nil : GroupID($0.trimmingSpaces) }
        let notice = try await operations { () throws(OperationsError) in
            try await desk(context).postNotice(
                title: body.title, body: body.body, group: group, incident: incident?.id, by: caller.agent)
        }
        events.poke()
        return JSONResponse.shape(IncidentJSON.Notice(notice), status: .created)
    }

    /// `GET /api/v1/notices/{notice}`: one notice and who has read it.
    func showNotice(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        let caller = try await gate.caller(request)
        let id = try InputValues.id(Self.parameter(context, "notice"), as: Notice.self)
        let record = try await operations { () throws(OperationsError) in try await desk.notice(id) }
        if let incident = record.notice.incident { _ = try await self.incident(incident, for: caller) }
        guard Self.mayRead(record, caller) else { throw APIError.notFound(id.description) }
        return JSONResponse.shape(IncidentJSON.NoticeRecord(record, names: names(caller)))
    }
}

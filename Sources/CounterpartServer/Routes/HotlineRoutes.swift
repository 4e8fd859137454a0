import CounterpartOperations
import Hummingbird

/// Every route of the server, in one table: what the router is built from, and what the
/// test that holds the OpenAPI document to the router reads.
public struct HotlineRoute: Sendable {
    /// The method.
    public var method: HTTPRequest.Method
    /// The path, with `{name}` for a parameter as the OpenAPI document writes it.
    public var path: String
    /// The handler.
    let handle: @Sendable (HotlineAPI, Request, HotlineRequestContext) async throws -> Response

    /// The path as Hummingbird's router writes it (`:name` for a parameter).
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : String(part)
        }.joined(separator: "/")
    }
}

/// The routes.
public enum HotlineRoutes {
    public static let all: [HotlineRoute] = [
        .init(method: .get, path: "/healthz") { api, request, context in try await api.health(request, context) },
        .init(method: .get, path: "/api/v1/openapi.json") { _, _, _ in OpenAPIDocument.response() },
        .init(method: .post, path: "/api/v1/enrol") { api, request, context in try await api.enrol(request, context) },
        .init(method: .post, path: "/api/v1/session") { api, request, context in try await api.signIn(request, context)
        },
        .init(method: .delete, path: "/api/v1/session") { api, request, context in
            try await api.signOut(request, context)
        },
        .init(method: .get, path: "/api/v1/me") { api, request, context in try await api.me(request, context) },
        .init(method: .get, path: "/api/v1/me/unread") { api, request, context in try await api.unread(request, context)
        },
        .init(method: .get, path: "/api/v1/incidents") { api, request, context in
            try await api.listIncidents(request, context)
        },
        .init(method: .post, path: "/api/v1/incidents") { api, request, context in
            try await api.openIncident(request, context)
        },
        .init(method: .post, path: "/api/v1/drills") { api, request, context in
            try await api.openDrill(request, context)
        },
        .init(method: .get, path: "/api/v1/incidents/{incident}") { api, request, context in
            try await api.showIncident(request, context)
        },
        .init(method: .post, path: "/api/v1/incidents/{incident}/close") { api, request, context in
            try await api.closeIncident(request, context)
        },
        .init(method: .post, path: "/api/v1/incidents/{incident}/affected") { api, request, context in
            try await api.extendIncident(request, context)
        },
        .init(method: .get, path: "/api/v1/incidents/{incident}/requests") { api, request, context in
            try await api.listRequests(request, context)
        },
        .init(method: .post, path: "/api/v1/incidents/{incident}/requests") { api, request, context in
            try await api.fileRequest(request, context)
        },
        .init(method: .patch, path: "/api/v1/requests/{request}") { api, request, context in
            try await api.changeRequest(request, context)
        },
        .init(method: .post, path: "/api/v1/requests/{request}/cancel") { api, request, context in
            try await api.cancelRequest(request, context)
        },
        .init(method: .post, path: "/api/v1/incidents/{incident}/plans") { api, request, context in
            try await api.plan(request, context)
        },
        .init(method: .get, path: "/api/v1/plans/{plan}") { api, request, context in
            try await api.showPlan(request, context)
        },
        .init(method: .get, path: "/api/v1/incidents/{incident}/assignments") { api, request, context in
            try await api.listAssignments(request, context)
        },
        .init(method: .post, path: "/api/v1/assignments/{assignment}/answer") { api, request, context in
            try await api.answer(request, context)
        },
        .init(method: .post, path: "/api/v1/answers") { api, request, context in try await api.answers(request, context)
        },
        .init(method: .post, path: "/api/v1/acks") { api, request, context in
            try await api.acknowledge(request, context)
        },
        .init(method: .get, path: "/api/v1/followup") { api, request, context in
            try await api.followup(request, context)
        },
        .init(method: .post, path: "/api/v1/followup/renotify") { api, request, context in
            try await api.renotify(request, context)
        },
        .init(method: .post, path: "/api/v1/followup/phoned") { api, request, context in
            try await api.recordPhoneConfirmation(request, context)
        },
        .init(method: .get, path: "/api/v1/notices") { api, request, context in
            try await api.listNotices(request, context)
        },
        .init(method: .post, path: "/api/v1/notices") { api, request, context in
            try await api.postNotice(request, context)
        },
        .init(method: .get, path: "/api/v1/notices/{notice}") { api, request, context in
            try await api.showNotice(request, context)
        },
        .init(method: .get, path: "/api/v1/incidents/{incident}/sitrep") { api, request, context in
            try await api.sitrep(request, context)
        },
        .init(method: .get, path: "/api/v1/roster/contacts") { api, request, context in
            try await api.contacts(request, context)
        },
        .init(method: .post, path: "/api/v1/roster/imports") { api, request, context in
            try await api.importRoster(request, context)
        },
        .init(method: .get, path: "/api/v1/events") { api, request, context in
            try await api.eventStream(request, context)
        },
    ]
}

extension HotlineAPI {
    /// `GET /healthz`: 200 while the store answers, 503 when it does not.
    func health(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        _ = try await operations { () throws(OperationsError) in try await desk.latestEventID() }
        return JSONResponse.make(.object([("status", .string("ok"))]))
    }
}

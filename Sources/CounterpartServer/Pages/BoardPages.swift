import CounterpartCore
import CounterpartOperations
import Hummingbird

/// The board's pages (API.md, "Pages"): Japanese HTML at the API's paths without `/api/v1`,
/// for people. They read through the same ``Gate`` and ``Caller`` as the API; every change
/// they offer is a form the page's script sends to the API itself, so the permission table,
/// the CSRF rule and the refusals are the API's, asked in one place.
struct BoardPages: Sendable {
    let api: HotlineAPI

    /// The time now, for the print date.
    var now: Timestamp { api.desk.clock.now() }

    /// A page for a signed-in member: the sign-in page when nobody is signed in, a Japanese
    /// refusal page (404, 403) when the member may not see it.
    func page(_ request: Request, _ build: (Caller) async throws(APIError) -> BoardPage) async throws -> Response {
        let caller: Caller
        do {
            caller = try await api.gate.caller(request)
        } catch {
            if error.code == .unauthenticated { return BoardPage.redirect("/login") }
            return BoardPage.refusal(error, caller: nil).response(now: now)
        }
        do {
            return try await build(caller).response(now: now)
        } catch {
            return BoardPage.refusal(error, caller: caller).response(now: now)
        }
    }

    /// `GET /login`.
    func login(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        BoardPage(title: "ログイン", template: "login", values: [:]).response(now: now)
    }

    /// `GET /enrol`.
    func enrol(_ request: Request, _ context: HotlineRequestContext) async throws -> Response {
        BoardPage(title: "パスワードの設定", template: "enrol", values: [:]).response(now: now)
    }
}

/// A route of the board.
struct BoardRoute: Sendable {
    var path: String
    let handle: @Sendable (BoardPages, Request, HotlineRequestContext) async throws -> Response
}

/// The pages' routes (GET only: changes go to the API).
enum BoardRoutes {
    static let all: [BoardRoute] = [
        .init(path: "/") { pages, request, context in try await pages.home(request, context) },
        .init(path: "/login") { pages, request, context in try await pages.login(request, context) },
        .init(path: "/enrol") { pages, request, context in try await pages.enrol(request, context) },
        .init(path: "/incidents/:incident") { pages, request, context in
            try await pages.incidentBoard(request, context)
        },
        .init(path: "/incidents/:incident/sitrep") { pages, request, context in
            try await pages.sitrep(request, context)
        },
        .init(path: "/notices") { pages, request, context in try await pages.notices(request, context) },
        .init(path: "/notices/:notice") { pages, request, context in try await pages.notice(request, context) },
        .init(path: "/followup") { pages, request, context in try await pages.followup(request, context) },
        .init(path: "/roster/contacts") { pages, request, context in try await pages.contacts(request, context) },
        .init(path: "/assets/board.css") { _, _, _ in BoardAssets.css() },
        .init(path: "/assets/board.js") { _, _, _ in BoardAssets.js() },
        .init(path: "/favicon.ico") { _, _, _ in Response(status: .noContent) },
    ]
}

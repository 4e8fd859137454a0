import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Foundation
import Hummingbird
import Mustache

/// A page of the board: Japanese HTML rendered from a Mustache template (values escaped by
/// the template), inside the common layout. No inline script or style: the layout loads
/// `/assets/board.css` and `/assets/board.js`, which the Content-Security-Policy allows.
struct BoardPage {
    /// The page's title (the window's and the `h1`'s).
    var title: String
    /// The template of the page's content (a name of ``BoardTemplates``).
    var template: String
    /// The values the template reads.
    var values: [String: Any]
    /// The signed-in member, for the header; `nil` on the sign-in pages.
    var caller: Caller?
    /// What live updates the page follows: an incident id, `all`, or nothing.
    var live: String?
    /// The answer's status.
    var status: HTTPResponse.Status = .ok

    /// The page as an answer, at `now` (the print date).
    func response(now: Timestamp) -> Response {
        var content = values
        content["title"] = title
        let body = BoardTemplates.library.render(content, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "title": title, "content": body, "printedAt": now.japaneseLong,
        ]
        if let live { layout["live"] = live }
        if let caller {
            layout["me"] =
                [
                    "name": caller.member.name, "role": caller.member.role.japaneseLabel,
                    "municipality": RosterNames(roster: caller.roster).name(
                        caller.member.municipality, language: .japanese),
                    "hq": caller.isHeadquarters,
                ] as [String: Any]
            if case .session(_, let csrf) = caller.credential { layout["csrf"] = csrf }
        }
        let html = BoardTemplates.library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A page saying, in Japanese, why the request was refused (404, 403, …).
    static func refusal(_ error: APIError, caller: Caller?) -> BoardPage {
        BoardPage(
            title: error.status == .notFound ? "見つかりません" : "できません", template: "refusal",
            values: ["message": error.japanese, "status": Int(error.status.code)], caller: caller,
            status: error.status)
    }

    /// A redirect to `location` (303: the browser then asks with GET).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}

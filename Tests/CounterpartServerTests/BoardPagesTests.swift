import CounterpartCore
import CounterpartOperations
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CounterpartServer

/// The board's pages: Japanese, the same permissions as the API, no inline script or style,
/// every value escaped.
@Suite struct BoardPagesTests {
    /// Whether `html` holds an inline script or style (which the Content-Security-Policy
    /// forbids): a `<script>` with a body, a `<style>` element, a `style=` or `on…=` attribute.
    static func inlineCode(_ html: String) -> [String] {
        let patterns = [
            #"<script(?![^>]*\bsrc=)[^>]*>"#, #"<style\b"#, #"\sstyle\s*="#, #"\son[a-z]+\s*="#, #"javascript:"#,
        ]
        return patterns.filter { html.range(of: $0, options: [.regularExpression, .caseInsensitive]) != nil }
    }

    @Test func nobodySignedInIsSentToTheSignInPage() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            for path in ["/", "/incidents/I1", "/notices", "/followup", "/roster/contacts"] {
                let answer = try await harness.call(client, .get, path, as: nil)
                #expect(answer.status == .seeOther, "\(path)")
                #expect(answer.headers[.location] == "/login", "\(path)")
            }
            let login = try await harness.call(client, .get, "/login", as: nil)
            #expect(login.status == .ok)
            #expect(login.headers[.contentType] == "text/html; charset=utf-8")
            #expect(login.text.contains("<html lang=\"ja\">"))
            #expect(login.text.contains("<label for=\"login-member\">メンバーID"))
            #expect(login.text.contains("data-api=\"/api/v1/session\""))
            #expect(Self.inlineCode(login.text).isEmpty)
            #expect(login.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        }
    }

    @Test func everyPageIsJapaneseWithoutInlineCode() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let (incident, request, plan) = try await harness.openPlannedIncident()
        try await harness.run { client in
            for path in [
                "/", "/incidents/\(incident)", "/incidents/\(incident)/sitrep", "/notices", "/followup",
                "/roster/contacts", "/login", "/enrol",
            ] {
                let answer = try await harness.call(client, .get, path, as: .hq)
                #expect(answer.status == .ok, "\(path)")
                #expect(answer.text.contains("<html lang=\"ja\">"), "\(path)")
                #expect(Self.inlineCode(answer.text).isEmpty, "\(path): \(Self.inlineCode(answer.text))")
            }
            let board = try await harness.call(client, .get, "/incidents/\(incident)", as: .hq).text
            #expect(
                board.contains(
                    "<tr id=\"\(request)\"><td>\(request)</td><td>宇和島市</td><td>給水</td><td class=\"num\">3人</td>"))
            #expect(board.contains("data-live=\"\(incident)\""))
            #expect(board.contains("最新の計画版 \(plan)"))
            #expect(board.contains("計画する（新しい計画版）"), "headquarters plans")
            let followup = try await harness.call(client, .get, "/followup", as: .hq).text
            #expect(followup.contains("宇和島市 — 電話:"))
            #expect(followup.contains("data-api=\"/api/v1/followup/renotify\""))
            #expect(followup.contains("\(incident) の未読者に再通知する"))
        }
    }

    @Test func formsFollowThePermissionTable() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let (incident, _, _) = try await harness.openPlannedIncident()
        try await harness.run { client in
            let hit = try await harness.call(client, .get, "/incidents/\(incident)", as: .hit).text
            #expect(hit.contains("id=\"file-request\""), "the hit town files its requests")
            #expect(hit.contains("<option value=\"382035\">宇和島市</option>"))
            #expect(!hit.contains("id=\"plan\""), "only headquarters plans")
            #expect(!hit.contains("id=\"confirm-A"), "the hit town does not answer for others' people")
            let supplier = try await harness.call(client, .get, "/incidents/\(incident)", as: .supplier).text
            #expect(!supplier.contains("id=\"file-request\""))
            #expect(supplier.contains("id=\"confirm-A1\""), "松山市 answers for its own people")
            #expect(supplier.contains("の提案 3人をすべて承諾する"))
            let outsider = try await harness.call(client, .get, "/incidents/\(incident)", as: .outsider)
            #expect(outsider.status == .notFound)
            #expect(outsider.text.contains("見つかりません"))
            let followup = try await harness.call(client, .get, "/followup", as: .hit)
            #expect(followup.status == .forbidden)
            #expect(followup.text.contains("class=\"form-error\" role=\"alert\""))
        }
    }

    @Test func valuesAreEscaped() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let hq = Agent.member(MemberID(ServerHarness.Who.hq.rawValue))
        let (incident, _) = try await harness.desk.open(
            .init(
                name: "<script>alert(1)</script>&\"", start: try CalendarDay("2027-01-18"), rotationDays: 7,
                affected: [try LocalGovernmentCode("382035")], isDrill: false), by: hq)
        try await harness.run { client in
            let board = try await harness.call(client, .get, "/incidents/\(incident.id)", as: .hq).text
            #expect(!board.contains("<script>alert(1)</script>"))
            #expect(board.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;"))
        }
    }

    @Test func theAssetsAreServedWithTheirTypes() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        try await harness.run { client in
            let script = try await harness.call(client, .get, "/assets/board.js", as: nil)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("X-CSRF-Token"))
            let style = try await harness.call(client, .get, "/assets/board.css", as: nil)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(style.text.contains("min-height: 44px"))
            #expect(style.text.contains("@page { size: A4"))
        }
    }
}

/// Headquarters records that a member was told by phone (`POST /api/v1/followup/phoned`).
@Suite struct PhoneConfirmationTests {
    @Test func headquartersRecordsAPhoneCallForTheMemberAndNobodyElseMay() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let (_, request, _) = try await harness.openPlannedIncident()
        try await harness.run { client in
            let before = try await harness.fingerprint()
            let refused = try await harness.call(
                client, .post, "/api/v1/followup/phoned", as: .hit,
                json: #"{"member":"m-382035-2","items":["\#(request)"]}"#)
            #expect(refused.status == .forbidden)
            #expect(try await harness.fingerprint() == before, "a refused request changes nothing")
            let wrong = try await harness.call(
                client, .post, "/api/v1/followup/phoned", as: .hq,
                json: #"{"member":"m-382060-1","items":["\#(request)"]}"#)
            #expect(wrong.status.code >= 400 && wrong.status.code < 500, "not addressed to that member")
            #expect(try await harness.fingerprint() == before)
            let done = try await harness.call(
                client, .post, "/api/v1/followup/phoned", as: .hq,
                json: #"{"member":"m-382035-2","items":["\#(request)"]}"#)
            #expect(done.status == .ok)
            let pending = try await harness.desk.pendingAcknowledgements(incident: nil)
            #expect(
                !pending.contains { $0.member.rawValue == "m-382035-2" && $0.item.description == request.description })
            #expect(
                pending.contains { $0.member.rawValue == "m-382035-1" && $0.item.description == request.description })
            let page = try await harness.call(client, .get, "/followup", as: .hq).text
            #expect(page.contains("data-api=\"/api/v1/followup/phoned\""))
            #expect(page.contains("電話で確認済みにする"))
        }
    }
}

/// Headquarters opens a drill from a scenario file (`POST /api/v1/drills`).
@Suite struct DrillUploadTests {
    static let nankai = ServerHarness.root.appendingPathComponent("Data/ehime/drill-nankai-quake.xml")

    @Test func headquartersOpensTheNankaiDrillAndNobodyElseMay() async throws {
        let harness = try await ServerHarness.make()
        defer { harness.remove() }
        let file = try String(contentsOf: Self.nankai, encoding: .utf8)
        try await harness.run { client in
            let before = try await harness.fingerprint()
            let refused = try await harness.call(
                client, .post, "/api/v1/drills", as: .hit, json: file, headers: [.contentType: "application/xml"])
            #expect(refused.status == .forbidden)
            let broken = try await harness.call(
                client, .post, "/api/v1/drills", as: .hq,
                json: file.replacingOccurrences(of: "category=\"water\"", with: "category=\"給付\""),
                headers: [.contentType: "application/xml"])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.errorCode == "invalid")
            #expect(broken.text.contains("scenario.xml:"), "the problem names the upload and its line")
            #expect(!broken.text.contains("/tmp/"), "no path of the server's disk")
            #expect(try await harness.fingerprint() == before, "refused requests change nothing")
            let opened = try await harness.call(
                client, .post, "/api/v1/drills", as: .hq, json: file, headers: [.contentType: "application/xml"])
            #expect(opened.status == .created)
            #expect(opened.object["id"] as? String == "I1")
            #expect(opened.object["drill"] as? Bool == true)
            #expect((opened.object["requests"] as? [Any])?.count == 34)
        }
    }
}

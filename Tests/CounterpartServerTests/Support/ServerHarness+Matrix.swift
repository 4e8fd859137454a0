import CounterpartCore
import CounterpartOperations
import CounterpartRosterImport
import Foundation
import Testing

/// An incident hitting two municipalities of group A, with a request and a proposed person of
/// each, and two notices: what the permission matrix and the refusal tests act on.
struct MatrixFixture: Sendable {
    /// The incident (`I1`), hitting 宇和島市 and 松前町.
    var incident: Incident.ID
    /// 宇和島市's request (`R1`): water supply, 3 people.
    var ownRequest: IncidentRequest.ID
    /// 松前町's request (`R2`): general administration, 1 person.
    var otherRequest: IncidentRequest.ID
    /// The plan version (`P1`).
    var plan: String
    /// A proposed person of 松山市 for `R1`.
    var matsuyamaAssignment: IncidentAssignment.ID
    /// A proposed person for `R2` of a supplier none of the harness's members belongs to.
    var otherAssignment: IncidentAssignment.ID
    /// That supplier.
    var otherSupplier: LocalGovernmentCode
    /// A notice to group B (`N1`): addressed to headquarters and 松山市, not to 宇和島市,
    /// 新居浜市 or 西条市.
    var groupBNotice: Notice.ID
    /// A notice to group C (`N2`): addressed to headquarters, 松山市 and 西条市.
    var groupCNotice: Notice.ID
}

extension ServerHarness {
    /// Codes of the municipalities tests name.
    enum Code {
        static let matsuyama = "382019"
        static let uwajima = "382035"
        static let niihama = "382051"
        static let saijo = "382060"
        static let masaki = "384011"
    }

    /// The municipalities the harness's members belong to (and the prefecture).
    static var membersMunicipalities: Set<String> {
        ["380008", Code.matsuyama, Code.uwajima, Code.niihama, Code.saijo]
    }

    /// Opens `I1` hitting 宇和島市 and 松前町, files `R1` (宇和島市, water, 3) and `R2`
    /// (松前町, general, 1), plans `P1`, and posts a notice to group B and one to group C;
    /// everything by headquarters, through the desk.
    func openTwoTownIncident() async throws -> MatrixFixture {
        let hq = Agent.member(MemberID(Who.hq.rawValue))
        let week = try DayRange(from: try CalendarDay("2027-01-18"), to: try CalendarDay("2027-01-24"))
        let (incident, _) = try await desk.open(
            .init(
                name: "豪雨", start: try CalendarDay("2027-01-18"), rotationDays: 7,
                affected: [try LocalGovernmentCode(Code.uwajima), try LocalGovernmentCode(Code.masaki)],
                isDrill: false), by: hq)
        let own = try await desk.file(
            RequestDetails(
                municipality: try LocalGovernmentCode(Code.uwajima), category: .water, headcount: 3, days: week),
            in: incident.id, by: hq)
        let other = try await desk.file(
            RequestDetails(
                municipality: try LocalGovernmentCode(Code.masaki), category: .general, headcount: 1, days: week),
            in: incident.id, by: hq)
        let plan = try await desk.plan(incident.id, by: hq)
        let assignments = try await desk.assignments(incident: incident.id)
        let matsuyama = try #require(
            assignments.first { $0.request == own.id && $0.supplier.description == Code.matsuyama },
            "松山市 supplies 宇和島市's request")
        let foreign = try #require(
            assignments.first {
                $0.request == other.id && !Self.membersMunicipalities.contains($0.supplier.description)
            }, "松前町's request is supplied by a municipality none of the members belongs to")
        let groupB = try await desk.postNotice(title: "B班へ", body: "連絡", group: GroupID("B"), incident: nil, by: hq)
        let groupC = try await desk.postNotice(title: "C班へ", body: "連絡", group: GroupID("C"), incident: nil, by: hq)
        return MatrixFixture(
            incident: incident.id, ownRequest: own.id, otherRequest: other.id, plan: plan.id.description,
            matsuyamaAssignment: matsuyama.id, otherAssignment: foreign.id, otherSupplier: foreign.supplier,
            groupBNotice: groupB.id, groupCNotice: groupC.id)
    }

    /// Moves assignment `id` forward to `state` (proposed, confirmed or dispatched) as
    /// headquarters.
    func bring(_ id: IncidentAssignment.ID, to state: AssignmentState) async throws {
        let hq = Agent.member(MemberID(Who.hq.rawValue))
        let moves: [AssignmentMove]
        switch state {
        case .proposed: moves = []
        case .confirmed: moves = [.confirm]
        case .dispatched: moves = [.confirm, .dispatched]
        default: preconditionFailure("bring(_:to:) takes proposed, confirmed or dispatched, not \(state)")
        }
        for move in moves { _ = try await desk.answer(id, move, reason: nil, by: hq) }
    }

    /// A person of the same municipality as assignment `id`'s who could go instead: the
    /// request's skill, available all week, named in no assignment of the incident.
    func substitute(for id: IncidentAssignment.ID) async throws -> StaffID {
        let assignment = try await desk.assignment(id)
        let request = try await desk.request(assignment.request)
        let busy = Set(try await desk.assignments(incident: request.incident).map(\.staff))
        let roster = try #require(try await desk.roster())
        let person = try #require(
            roster.staff.first { person in
                person.municipality == assignment.supplier && person.skills.contains(request.details.category)
                    && !busy.contains(person.id)
                    && person.isAvailable(throughout: assignment.window)
            }, "a substitute of \(assignment.supplier)")
        return person.id
    }

    /// The shipped roster file's text.
    static func shippedRosterText() throws -> String {
        try String(contentsOfFile: rosterPath, encoding: .utf8)
    }

    /// A `scope="full"` roster: the shipped one with `m-382035-2`'s phone changed.
    static func fullRosterChangingAPhone() throws -> String {
        let text = try shippedRosterText()
        let line = try #require(text.split(separator: "\n").first { $0.contains("id=\"m-382035-2\"") })
        let changed = line.replacingOccurrences(of: "phone=\"0895-00-0302\"", with: "phone=\"0895-99-9999\"")
        precondition(changed != line, "the shipped roster gives m-382035-2 the phone 0895-00-0302")
        return text.replacingOccurrences(of: String(line), with: changed)
    }

    /// A `scope="municipality"` roster of `code` made of the shipped roster's members and
    /// staff of that municipality, with its first member's phone set to `phone`.
    static func municipalityRoster(_ code: String, phone: String = "0895-99-0001") throws -> String {
        var members: [String] = []
        var staff: [String] = []
        var isInPerson = false
        for line in try shippedRosterText().split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            if isInPerson {
                staff.append(text)
                if text.contains("</person>") { isInPerson = false }
            } else if text.contains("<member "), text.contains("municipality=\"\(code)\"") {
                members.append(members.isEmpty ? Self.settingPhone(text, to: phone) : text)
            } else if text.contains("<person "), text.contains("municipality=\"\(code)\"") {
                staff.append(text)
                isInPerson = !text.hasSuffix("/>")
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01" \
            scope="municipality" municipality="\(code)">
              <members>
            \(members.joined(separator: "\n"))
              </members>
              <staff>
            \(staff.joined(separator: "\n"))
              </staff>
            </roster>

            """
    }

    /// A member line with its `phone` attribute set to `phone`.
    private static func settingPhone(_ line: String, to phone: String) -> String {
        guard let range = line.range(of: #"phone="[^"]*""#, options: .regularExpression) else { return line }
        return line.replacingCharacters(in: range, with: "phone=\"\(phone)\"")
    }

    /// Adds hotline members (their `<member>` lines) with a `scope="full"` import of the
    /// shipped roster, and returns a bearer token for each, by member id.
    func addMembers(_ lines: [String]) async throws -> [String: String] {
        let text = try Self.shippedRosterText().replacingOccurrences(
            of: "  </members>", with: lines.map { "    " + $0 }.joined(separator: "\n") + "\n  </members>")
        _ = try RosterImporter(store: store, actor: .operatingSystemUser("test"), time: now.withLockedValue { $0 })
            .importRosters([.upload(name: "added.xml", bytes: Array(text.utf8))], isDryRun: false)
        var tokens: [String: String] = [:]
        for line in lines {
            let id = try #require(line.firstMatch(of: /id="([^"]+)"/)).1
            tokens[String(id)] = try await accounts.issueToken(
                MemberID(String(id)), label: "test", by: .operatingSystemUser("test")
            ).token
        }
        return tokens
    }

    /// The roster as stored, as text: equal before and after a refused import.
    func rosterFingerprint() async throws -> String {
        "\(try await desk.roster().map { "\($0)" } ?? "no roster")"
    }
}

import CounterpartReports
import Testing

/// An incident shaped as `incident show --format json` shapes it, written from Codable
/// values through `JSONValue(encoding:)`; the same shape built by hand as a `JSONValue`
/// (as the CLI's OperationsJSON does) gives the same bytes.
@Suite struct JSONValueGoldenTests {
    struct Municipality: Encodable {
        var code: String
        var name: String
    }

    struct Stamp: Encodable {
        var at: String
        var by: String
    }

    struct Request: Encodable {
        var id: String
        var municipality: Municipality
        var category: String
        var headcount: Int
        var note: String?
        var cancelled: Bool
    }

    struct Incident: Encodable {
        var id: String
        var name: String
        var drill: Bool
        var rotationDays: Int
        var affected: [Municipality]
        var opened: Stamp
        var closed: Stamp?
        var requests: [Request]
        var events: [Stamp]
    }

    static let uwajima = Municipality(code: "382035", name: "宇和島市")
    static let ikata = Municipality(code: "384429", name: "伊方町, \"佐田岬\"")

    static let incident = Incident(
        id: "I1", name: "南予地震 \"訓練\" C:\\drill\t二日目\n\u{1}", drill: true, rotationDays: 7, affected: [uwajima, ikata],
        opened: Stamp(at: "2026-11-23T01:00:00Z", by: "hq"), closed: nil,
        requests: [
            Request(id: "R1", municipality: uwajima, category: "shelter", headcount: 3, note: nil, cancelled: false),
            Request(
                id: "R2", municipality: ikata, category: "waste", headcount: 1, note: "<至急> & 'now'", cancelled: true),
        ],
        events: [])

    @Test func anIncidentFromCodableValues() throws {
        try Golden.check(try JSONValue(encoding: Self.incident).text, "incident.json")
    }

    @Test func theSameShapeBuiltByHandGivesTheSameBytes() throws {
        func municipality(_ value: Municipality) -> JSONValue {
            .object([("code", .string(value.code)), ("name", .string(value.name))])
        }
        let incident = Self.incident
        let byHand = JSONValue.object([
            ("id", .string(incident.id)), ("name", .string(incident.name)), ("drill", .bool(incident.drill)),
            ("rotationDays", .int(incident.rotationDays)), ("affected", .array(incident.affected.map(municipality))),
            ("opened", .object([("at", .string(incident.opened.at)), ("by", .string(incident.opened.by))])),
            ("closed", .null),
            (
                "requests",
                .array(
                    incident.requests.map { request in
                        .object([
                            ("id", .string(request.id)), ("municipality", municipality(request.municipality)),
                            ("category", .string(request.category)), ("headcount", .int(request.headcount)),
                            ("note", .optional(request.note)), ("cancelled", .bool(request.cancelled)),
                        ])
                    })
            ),
            ("events", .array([])),
        ])
        #expect(Array(try JSONValue(encoding: incident).text.utf8) == Array(byHand.text.utf8))
    }
}

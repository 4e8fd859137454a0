import CounterpartReports
import Testing

/// `JSONValue(encoding:)`: any `Encodable` as the JSON Counterpart writes.
@Suite struct JSONValueEncodingTests {
    struct Stamp: Encodable {
        var at: String
        var by: String
    }

    struct Municipality: Encodable {
        var code: String
        var name: String
    }

    /// Declared out of alphabetical order on purpose.
    struct Request: Encodable {
        var id: String
        var municipality: Municipality
        var headcount: Int
        var note: String?
        var cancelled: Bool
        var filed: Stamp?
        var tags: [String]
        var waiting: [String]?
    }

    struct Empty: Encodable {}

    enum Tier: String, Encodable {
        case primary, secondary
    }

    @Test func keysComeInTheOrderOfDeclarationAndNilIsNull() throws {
        let request = Request(
            id: "R2", municipality: Municipality(code: "382035", name: "宇和島市"), headcount: 3,
            note: nil, cancelled: false, filed: nil, tags: [], waiting: nil)
        let value = try JSONValue(encoding: request)
        #expect(
            value
                == .object([
                    ("id", .string("R2")),
                    ("municipality", .object([("code", .string("382035")), ("name", .string("宇和島市"))])),
                    ("headcount", .int(3)), ("note", .null), ("cancelled", .bool(false)), ("filed", .null),
                    ("tags", .array([])), ("waiting", .null),
                ]))
        #expect(
            value.text == """
                {
                  "id": "R2",
                  "municipality": {
                    "code": "382035",
                    "name": "宇和島市"
                  },
                  "headcount": 3,
                  "note": null,
                  "cancelled": false,
                  "filed": null,
                  "tags": [],
                  "waiting": null
                }

                """)
    }

    @Test func presentOptionalsAreWrittenAsValues() throws {
        let request = Request(
            id: "R1", municipality: Municipality(code: "382019", name: "松山市"), headcount: 1,
            note: "至急", cancelled: true, filed: Stamp(at: "2026-11-23T01:00:00Z", by: "hq"),
            tags: ["a", "b"], waiting: ["m-1"])
        let value = try JSONValue(encoding: request)
        guard case .object(let members) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(
            members.map(\.0) == ["id", "municipality", "headcount", "note", "cancelled", "filed", "tags", "waiting"])
        #expect(members[3].1 == .string("至急"))
        #expect(members[5].1 == .object([("at", .string("2026-11-23T01:00:00Z")), ("by", .string("hq"))]))
        #expect(members[6].1 == .array([.string("a"), .string("b")]))
        #expect(members[7].1 == .array([.string("m-1")]))
    }

    @Test func emptyValuesAreEmptyObjectsAndArrays() throws {
        #expect(try JSONValue(encoding: Empty()) == .object([]))
        #expect(try JSONValue(encoding: [Empty]()) == .array([]))
        #expect(try JSONValue(encoding: [[String]]([[]])) == .array([.array([])]))
        #expect(try JSONValue(encoding: [String: Int]()) == .object([]))
        #expect(try JSONValue(encoding: [Empty(), Empty()]).text == "[\n  {},\n  {}\n]\n")
    }

    @Test func topLevelScalarsAndNil() throws {
        #expect(try JSONValue(encoding: "text") == .string("text"))
        #expect(try JSONValue(encoding: true) == .bool(true))
        #expect(try JSONValue(encoding: 7) == .int(7))
        #expect(try JSONValue(encoding: Int?.none) == .null)
        #expect(try JSONValue(encoding: [1, nil, 3]) == .array([.int(1), .null, .int(3)]))
        #expect(try JSONValue(encoding: Tier.secondary) == .string("secondary"))
    }

    @Test func integersOfEveryWidthThatFitAnInt() throws {
        #expect(try JSONValue(encoding: Int8.min) == .int(-128))
        #expect(try JSONValue(encoding: Int16.max) == .int(32_767))
        #expect(try JSONValue(encoding: Int32.min) == .int(-2_147_483_648))
        #expect(try JSONValue(encoding: Int64.max) == .int(Int.max))
        #expect(try JSONValue(encoding: UInt.min) == .int(0))
        #expect(try JSONValue(encoding: UInt8.max) == .int(255))
        #expect(try JSONValue(encoding: UInt16.max) == .int(65_535))
        #expect(try JSONValue(encoding: UInt32.max) == .int(4_294_967_295))
        #expect(try JSONValue(encoding: UInt64(Int.max)) == .int(Int.max))
        #expect(try JSONValue(encoding: Int128(-5)) == .int(-5))
        #expect(try JSONValue(encoding: UInt128(5)) == .int(5))
    }

    @Test func integersTooLargeForAnIntAreRefused() {
        #expect(throws: EncodingError.self) { try JSONValue(encoding: UInt64.max) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: UInt(Int.max) + 1) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: Int128(Int.max) + 1) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: ["big": UInt64.max]) }
    }

    /// Counterpart's JSON has whole numbers only; a floating-point number is refused, even
    /// a whole one, so that the same field never works for one value and fails for another.
    @Test func floatingPointNumbersAreRefusedWithTheirPath() {
        struct Place: Encodable {
            var name: String
            var latitude: Double
        }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: 1.0) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: Float(0.5)) }
        do {
            _ = try JSONValue(encoding: [Place(name: "松山市", latitude: 33.8392)])
            Issue.record("a Double was encoded")
        } catch let EncodingError.invalidValue(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["Index 0", "latitude"])
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func stringsAreEscapedAsJSONValueQuotesThem() throws {
        let texts = ["say \"hi\"", "C:\\dir", "a\nb\rc\td", "\u{0}\u{1F}", "宇和島市（訓練）", "🚒"]
        for text in texts {
            #expect(try JSONValue(encoding: text).text == JSONValue.quoted(text) + "\n")
        }
        #expect(try JSONValue(encoding: ["k\"ey": "v\\al"]).text == "{\n  \"k\\\"ey\": \"v\\\\al\"\n}\n")
    }
}

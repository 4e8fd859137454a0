import CounterpartReports
import Testing

/// The writer of `--format json`: two-space indentation, `"key": value`, members in the
/// order given, a newline at the end.
@Suite struct JSONValueTests {
    @Test func scalarsAreWrittenOnOneLine() {
        #expect(JSONValue.string("a").text == "\"a\"\n")
        #expect(JSONValue.int(-42).text == "-42\n")
        #expect(JSONValue.bool(true).text == "true\n")
        #expect(JSONValue.bool(false).text == "false\n")
        #expect(JSONValue.null.text == "null\n")
    }

    @Test func emptyArraysAndObjectsStayOnOneLine() {
        #expect(JSONValue.array([]).text == "[]\n")
        #expect(JSONValue.object([]).text == "{}\n")
        #expect(JSONValue.object([("a", .array([])), ("b", .object([]))]).text == "{\n  \"a\": [],\n  \"b\": {}\n}\n")
    }

    @Test func nestedValuesAreIndentedTwoSpacesALevel() {
        let value = JSONValue.object([
            ("id", .string("I1")),
            ("affected", .array([.object([("code", .string("382035")), ("name", .string("宇和島市"))]), .int(2)])),
            ("closed", .null),
        ])
        #expect(
            value.text == """
                {
                  "id": "I1",
                  "affected": [
                    {
                      "code": "382035",
                      "name": "宇和島市"
                    },
                    2
                  ],
                  "closed": null
                }

                """)
    }

    @Test func membersKeepTheOrderGiven() {
        #expect(JSONValue.object([("z", .int(1)), ("a", .int(2))]).text == "{\n  \"z\": 1,\n  \"a\": 2\n}\n")
    }

    @Test func anOptionalIsAStringOrNull() {
        #expect(JSONValue.optional("x") == .string("x"))
        #expect(JSONValue.optional(nil) == .null)
    }

    /// Quotes, backslashes and control characters are escaped; the rest, Japanese included,
    /// is written as UTF-8, as in the plan's JSON.
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("C:\\dir", "\"C:\\\\dir\""),
        ("a\nb\rc\td", "\"a\\nb\\rc\\td\""),
        ("\u{0}\u{1}\u{1F}", "\"\\u0000\\u0001\\u001f\""),
        ("\u{7F}/", "\"\u{7F}/\""),
        ("宇和島市（訓練）", "\"宇和島市（訓練）\""),
        ("e\u{301} 🚒", "\"e\u{301} 🚒\""),
    ])
    func stringsAreEscapedAsThePlansJSONIs(text: String, literal: String) {
        #expect(JSONValue.quoted(text) == literal)
        #expect(JSONValue.string(text).text == literal + "\n")
        #expect(JSONValue.object([(text, .null)]).text == "{\n  \(literal): null\n}\n")
    }

    @Test func equalValuesHaveTheSameMembersInTheSameOrder() {
        #expect(JSONValue.object([("a", .int(1)), ("b", .null)]) == .object([("a", .int(1)), ("b", .null)]))
        #expect(JSONValue.object([("a", .int(1)), ("b", .null)]) != .object([("b", .null), ("a", .int(1))]))
        #expect(JSONValue.array([.int(1)]) != .array([.int(1), .int(1)]))
        #expect(JSONValue.string("1") != .int(1))
        #expect(JSONValue.null != .object([]))
    }
}

import CounterpartPlanner

/// A JSON value for `--format json`, written with its keys in the order given, so the same
/// records always give the same bytes.
public indirect enum JSONValue: Sendable {
    /// A string.
    case string(String)
    /// A whole number.
    case int(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSONValue])
    /// An object, its members in the order written.
    case object([(String, JSONValue)])

    /// `.string`, or `.null` for `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The value as indented JSON text ending with a newline.
    /// Complexity: O(n) in the size of the text, written into one buffer.
    public var text: String {
        var out = ""
        render(into: &out, depth: 0)
        out += "\n"
        return out
    }

    private func render(into out: inout String, depth: Int) {
        switch self {
        case .string(let text): Self.appendQuoted(text, to: &out)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let values):
            guard !values.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, value) in values.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                Self.indent(&out, depth + 1)
                value.render(into: &out, depth: depth + 1)
            }
            out += "\n"
            Self.indent(&out, depth)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, member) in members.enumerated() {
                out += index == 0 ? "\n" : ",\n"
                Self.indent(&out, depth + 1)
                Self.appendQuoted(member.0, to: &out)
                out += ": "
                member.1.render(into: &out, depth: depth + 1)
            }
            out += "\n"
            Self.indent(&out, depth)
            out += "}"
        }
    }

    private static func indent(_ out: inout String, _ depth: Int) {
        for _ in 0..<depth { out += "  " }
    }

    /// `text` as a JSON string literal, appended without a copy when it needs no escaping.
    private static func appendQuoted(_ text: String, to out: inout String) {
        let needsEscaping = text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        guard needsEscaping else {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += quoted(text)
    }

    /// A JSON string literal, escaped as the plan's JSON is.
    public static func quoted(_ text: String) -> String { PlanJSON.quoted(text) }
}

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
    public var text: String { rendered(indent: "") + "\n" }

    private func rendered(indent: String) -> String {
        let inner = indent + "  "
        switch self {
        case .string(let text): return Self.quoted(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let values):
            guard !values.isEmpty else { return "[]" }
            return "[\n" + values.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            return "{\n"
                + members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.rendered(indent: inner))" }.joined(
                    separator: ",\n") + "\n\(indent)}"
        }
    }

    /// A JSON string literal, escaped as the plan's JSON is.
    public static func quoted(_ text: String) -> String { PlanJSON.quoted(text) }
}

extension JSONValue {
    /// The value as JSON text on one line, without spaces or a final newline: what a
    /// server-sent event's `data:` line carries. Strings are escaped as in ``text``.
    public var compactText: String {
        var out = ""
        renderCompact(into: &out)
        return out
    }

    private func renderCompact(into out: inout String) {
        switch self {
        case .string(let text): out += Self.quoted(text)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.renderCompact(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                out += Self.quoted(member.0)
                out += ":"
                member.1.renderCompact(into: &out)
            }
            out += "}"
        }
    }
}

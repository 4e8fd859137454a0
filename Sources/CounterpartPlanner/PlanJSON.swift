import CounterpartCore

/// The plan as `counterpart-plan/1` JSON (FORMATS.md, "Plan output"): periods by index,
/// assignments by request id then staff id, shortfalls by request id. The same plan always
/// gives the same bytes.
public enum PlanJSON {
    /// The JSON text, ending with a newline.
    public static func render(_ plan: Plan) -> String {
        var out =
            "{\n  \"format\": \"counterpart-plan/1\",\n  \"scenario\": \(quoted(plan.scenario)),\n  \"periods\": ["
        for (position, period) in plan.periods.enumerated() {
            out += position == 0 ? "\n" : ",\n"
            out +=
                "    {\n      \"index\": \(period.index), \"from\": \"\(period.days.from)\", \"to\": \"\(period.days.to)\", \"cost\": \(period.cost),\n"
            out += "      \"assignments\": ["
            out += period.assignments.map { assignment in
                "\n        {\"request\": \(quoted(assignment.request.rawValue)), \"staff\": \(quoted(assignment.staff.rawValue)), "
                    + "\"supplier\": \"\(assignment.supplier)\", \"tier\": \"\(assignment.tier)\", \"distanceKm\": \(assignment.distanceKm), "
                    + "\"from\": \"\(assignment.window.from)\", \"to\": \"\(assignment.window.to)\"}"
            }.joined(separator: ",")
            out += period.assignments.isEmpty ? "],\n" : "\n      ],\n"
            out += "      \"shortfalls\": ["
            out += period.shortfalls.map { shortfall in
                "\n        {\"request\": \(quoted(shortfall.request.rawValue)), \"category\": \"\(shortfall.category)\", "
                    + "\"missing\": \(shortfall.missing), \"reason\": \(quoted(shortfall.reason.sentence))}"
            }.joined(separator: ",")
            out += period.shortfalls.isEmpty ? "]\n    }" : "\n      ]\n    }"
        }
        out += plan.periods.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as UTF-8.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

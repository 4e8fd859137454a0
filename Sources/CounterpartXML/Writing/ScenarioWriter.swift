import CounterpartCore

/// Writes scenarios in the canonical form. The policy is written only when it differs
/// from the defaults, and then in full.
public enum ScenarioWriter {
    /// Writes `scenario` to `output` and flushes it.
    /// - Throws: whatever `output`'s delivery throws.
    public static func write(_ scenario: Scenario, to output: XMLOutput) throws {
        try output.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scenario")
        try output.attribute("xmlns", DocumentKind.scenario.namespace)
        try output.attribute("id", scenario.id)
        try output.attribute("name", scenario.name)
        try output.attribute("start", scenario.start.description)
        try output.attribute("rotationDays", String(scenario.rotationDays))
        try output.raw(">\n")
        for code in scenario.affected {
            try output.raw("  <affected")
            try output.attribute("code", code.description)
            try output.raw("/>\n")
        }
        for request in scenario.requests {
            try writeRequest(request, to: output)
        }
        for pin in scenario.pins {
            try output.raw("  <pin")
            try output.attribute("request", pin.request.rawValue)
            try output.attribute("staff", pin.staff.rawValue)
            try output.attribute("period", String(pin.period))
            try output.raw("/>\n")
        }
        if scenario.policy != .defaults {
            try writePolicy(scenario.policy, to: output)
        }
        try output.raw("</scenario>\n")
        try output.flush()
    }

    /// The canonical bytes of `scenario`.
    public static func bytes(of scenario: Scenario) -> [UInt8] {
        var bytes: [UInt8] = []
        // The output only appends to memory, so writing cannot fail.
        try? write(scenario, to: XMLOutput { bytes.append(contentsOf: $0) })
        return bytes
    }

    private static func writeRequest(_ request: DispatchRequest, to output: XMLOutput) throws {
        try output.raw("  <request")
        try output.attribute("id", request.id.rawValue)
        try output.attribute("municipality", request.municipality.description)
        try output.attribute("category", request.category.rawValue)
        try output.attribute("headcount", String(request.headcount))
        try output.attribute("from", request.days.from.description)
        try output.attribute("to", request.days.to.description)
        try output.attribute("priority", request.priority.rawValue)
        try output.raw("/>\n")
    }

    private static func writePolicy(_ policy: PlanningPolicy, to output: XMLOutput) throws {
        try output.raw("  <policy>\n    <tierCost")
        for tier in Tier.allCases {
            try output.attribute(tier.rawValue, String(policy.cost(of: tier)))
        }
        try output.raw("/>\n    <priorityValue")
        for priority in Priority.allCases {
            try output.attribute(priority.rawValue, String(policy.value(of: priority)))
        }
        try output.raw("/>\n    <maxConsecutivePeriods")
        try output.attribute("value", String(policy.maxConsecutivePeriods))
        try output.raw("/>\n  </policy>\n")
    }
}

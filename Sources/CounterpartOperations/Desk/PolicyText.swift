import CounterpartCore

/// An incident's planning policy as the store keeps it: `key=value` tokens
/// (`primary=0 … normal=10000 consecutive=2`), or nothing for the defaults.
enum PolicyText {
    /// The text of `policy`; `nil` for the defaults.
    static func text(_ policy: PlanningPolicy) -> String? {
        guard policy != .defaults else { return nil }
        let tiers = Tier.allCases.map { "\($0.rawValue)=\(policy.cost(of: $0))" }
        let priorities = Priority.allCases.map { "\($0.rawValue)=\(policy.value(of: $0))" }
        return (tiers + priorities + ["consecutive=\(policy.maxConsecutivePeriods)"]).joined(separator: " ")
    }

    /// The policy a stored text describes; the defaults for `nil`.
    /// - Throws: ``OperationsError/corrupt(_:)`` for a text that is not a policy.
    static func policy(_ text: String?, place: String) throws(OperationsError) -> PlanningPolicy {
        guard let text else { return .defaults }
        var tierCost: [Tier: Int] = [:]
        var priorityValue: [Priority: Int] = [:]
        var consecutive = 1
        for token in text.split(separator: " ") {
            let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Int(parts[1]) else { throw .corrupt("\(place): policy '\(text)'") }
            if let tier = Tier(rawValue: parts[0]) {
                tierCost[tier] = value
            } else if let priority = Priority(rawValue: parts[0]) {
                priorityValue[priority] = value
            } else if parts[0] == "consecutive", value >= 1 {
                consecutive = value
            } else {
                throw .corrupt("\(place): policy '\(text)'")
            }
        }
        return PlanningPolicy(tierCost: tierCost, priorityValue: priorityValue, maxConsecutivePeriods: consecutive)
    }
}

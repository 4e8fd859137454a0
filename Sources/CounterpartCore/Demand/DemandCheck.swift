/// Where in a demand profile a problem lies, by element position.
public enum DemandLocation: Hashable, Sendable {
    /// The `demand` element itself.
    case root
    /// The n-th `need`.
    case need(Int)
}

/// One thing wrong with a demand profile that its schema cannot see.
public struct DemandProblem: Hashable, Sendable, CustomStringConvertible {
    /// Where it is.
    public var location: DemandLocation
    /// An earlier element the problem refers to (the first need of a repeated category).
    public var earlier: DemandLocation?
    /// What is wrong, for a person to read.
    public var message: String

    /// A problem.
    public init(_ location: DemandLocation, earlier: DemandLocation? = nil, _ message: String) {
        self.location = location
        self.earlier = earlier
        self.message = message
    }

    public var description: String { message }
}

/// The rules of a demand profile that a schema cannot express.
public enum DemandCheck {
    /// Every problem of `profile`: each category is listed at most once.
    /// Complexity: O(n) in the number of needs.
    public static func problems(in profile: DemandProfile) -> [DemandProblem] {
        var first: [JobCategory: Int] = [:]
        var problems: [DemandProblem] = []
        for (index, need) in profile.needs.enumerated() {
            if let earlier = first[need.category] {
                problems.append(
                    DemandProblem(
                        .need(index), earlier: .need(earlier),
                        "category '\(need.category)' is listed twice"))
            } else {
                first[need.category] = index
            }
        }
        return problems
    }
}

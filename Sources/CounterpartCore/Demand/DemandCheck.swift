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
    /// What is wrong, for a person to read, in English.
    public var message: String
    /// The same sentence in Japanese.
    public var japanese: String

    /// A problem, with its sentence in English and in Japanese (which repeats the English
    /// when not given).
    public init(_ location: DemandLocation, earlier: DemandLocation? = nil, _ message: String, japanese: String? = nil)
    {
        self.location = location
        self.earlier = earlier
        self.message = message
        self.japanese = japanese ?? message
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String {
        language == .japanese ? japanese : message
    }

    /// Two problems are the same when they are at the same places and say the same thing;
    /// the Japanese is a rendering of the same sentence.
    public static func == (left: Self, right: Self) -> Bool {
        left.location == right.location && left.earlier == right.earlier && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(earlier)
        hasher.combine(message)
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
                        "category '\(need.category)' is listed twice",
                        japanese:
                            "業務区分 category=\"\(need.category)\"（\(need.category.japaneseLabel)）が2回書かれています。1つの業務区分は1回だけ書けます。"
                    ))
            } else {
                first[need.category] = index
            }
        }
        return problems
    }
}

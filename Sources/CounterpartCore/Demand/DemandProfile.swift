/// What a kind of disaster asks of each municipality it hits (a demand profile): per job
/// category, people per 10,000 inhabitants with a minimum, for how long, how urgently.
/// Coverage analysis turns it into dispatch requests for every hit it tries.
public struct DemandProfile: Hashable, Sendable {
    /// The profile's id, for example `quake`.
    public var id: String
    /// Its name, for example 大規模地震（震度6強）想定.
    public var name: String?
    /// The length of a rotation period in days (at least 1) for the plans made from it.
    public var rotationDays: Int
    /// The needs, in the order written; each category at most once (``DemandCheck``).
    public var needs: [DemandNeed]

    /// A profile.
    public init(id: String, name: String? = nil, rotationDays: Int = 7, needs: [DemandNeed] = []) {
        precondition(rotationDays >= 1, "a rotation period lasts at least one day")
        self.id = id
        self.name = name
        self.rotationDays = rotationDays
        self.needs = needs
    }

    /// The need for `category`, if the profile has one.
    public func need(for category: JobCategory) -> DemandNeed? {
        needs.first { $0.category == category }
    }
}

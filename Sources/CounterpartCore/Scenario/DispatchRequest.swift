/// A hit municipality's request for people (応援要請): one job category, a headcount,
/// the days they are needed and how urgent it is.
public struct DispatchRequest: Hashable, Sendable {
    /// The request's id, unique within its scenario.
    public var id: RequestID
    /// The requesting municipality; it must be listed as affected.
    public var municipality: LocalGovernmentCode
    /// The job asked for.
    public var category: JobCategory
    /// How many people (at least 1).
    public var headcount: Int
    /// The days the people are needed (inclusive).
    public var days: DayRange
    /// How urgent it is.
    public var priority: Priority

    /// A request.
    public init(
        id: RequestID, municipality: LocalGovernmentCode, category: JobCategory,
        headcount: Int, days: DayRange, priority: Priority = .normal
    ) {
        precondition(headcount >= 1, "a request asks for at least one person")
        self.id = id
        self.municipality = municipality
        self.category = category
        self.headcount = headcount
        self.days = days
        self.priority = priority
    }
}

/// A person a municipality can dispatch, with skills and the days they are available.
public struct StaffPerson: Hashable, Sendable {
    /// The person's id, unique among staff.
    public var id: StaffID
    /// The municipality the person works for (never the prefecture).
    public var municipality: LocalGovernmentCode
    /// The person's name.
    public var name: String
    /// The job categories the person can do.
    public var skills: JobCategorySet
    /// The intervals when the person is available; they may overlap or touch.
    /// No interval means never available.
    public var availability: [DayRange]

    /// A dispatchable person.
    public init(
        id: StaffID, municipality: LocalGovernmentCode, name: String,
        skills: JobCategorySet, availability: [DayRange] = []
    ) {
        self.id = id
        self.municipality = municipality
        self.name = name
        self.skills = skills
        self.availability = availability
    }

    /// Whether the person is available on every day of `window`.
    ///
    /// Intervals may overlap or touch, so they are merged before checking.
    /// Complexity: O(k log k) for k intervals.
    public func isAvailable(throughout window: DayRange) -> Bool {
        // Most people have one interval that holds the whole window: no need to merge.
        for interval in availability where interval.contains(window) { return true }
        guard availability.count > 1 else { return false }
        var coveredUntil = window.from.adding(days: -1)
        for interval in availability.sorted(by: { $0.from < $1.from }) {
            if interval.from > coveredUntil.adding(days: 1) { break }
            if interval.to > coveredUntil { coveredUntil = interval.to }
            if coveredUntil >= window.to { return true }
        }
        return false
    }
}

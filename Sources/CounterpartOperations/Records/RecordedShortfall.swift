import CounterpartCore

/// A shortfall as a plan version recorded it: what the prefecture escalates.
public struct RecordedShortfall: Hashable, Sendable {
    /// The rotation period.
    public var period: Int
    /// The request.
    public var request: IncidentRequest.ID
    /// Its category.
    public var category: JobCategory
    /// People missing.
    public var missing: Int
    /// Why, in a sentence.
    public var reason: String

    /// A recorded shortfall.
    public init(period: Int, request: IncidentRequest.ID, category: JobCategory, missing: Int, reason: String) {
        self.period = period
        self.request = request
        self.category = category
        self.missing = missing
        self.reason = reason
    }
}

/// An incident or a drill (訓練): who is hit and what they ask for.
public struct Scenario: Hashable, Sendable {
    /// The scenario's id.
    public var id: String
    /// Its name, for example 南予地震想定訓練.
    public var name: String?
    /// The first day of rotation period 0.
    public var start: CalendarDay
    /// The length of a rotation period in days (at least 1).
    public var rotationDays: Int
    /// The hit municipalities, in the order written.
    public var affected: [LocalGovernmentCode]
    /// The dispatch requests, in the order written.
    public var requests: [DispatchRequest]
    /// Confirmed assignments a plan must keep.
    public var pins: [Pin]
    /// People never to be proposed for a given request (declines). Scenario files carry
    /// none; incidents add them.
    public var exclusions: [Exclusion]
    /// Earlier proposals to keep when that costs nothing (ties between optimal plans).
    /// Scenario files carry none; incidents add them.
    public var preferences: [Preference]
    /// The numbers of the planning rule.
    public var policy: PlanningPolicy
    /// People taken in some periods by what the plan keeps unchecked (another incident,
    /// history). Scenario files carry none; incidents add them.
    public var occupations: [Occupation] = []

    /// A scenario.
    public init(
        id: String, name: String? = nil, start: CalendarDay, rotationDays: Int = 7,
        affected: [LocalGovernmentCode] = [], requests: [DispatchRequest] = [],
        pins: [Pin] = [], exclusions: [Exclusion] = [],
        preferences: [Preference] = [], policy: PlanningPolicy = .defaults
    ) {
        precondition(rotationDays >= 1, "a rotation period lasts at least one day")
        self.id = id
        self.name = name
        self.start = start
        self.rotationDays = rotationDays
        self.affected = affected
        self.requests = requests
        self.pins = pins
        self.exclusions = exclusions
        self.preferences = preferences
        self.policy = policy
    }

    /// The days of rotation period `index`, clamped to the calendar's last day for periods
    /// that lie past it.
    public func days(ofPeriod index: Int) -> DayRange {
        let first = day(offset: index * rotationDays)
        return DayRange(spanning: first, day(offset: index * rotationDays + rotationDays - 1))
    }

    /// The period holding `day`, or `nil` for a day before `start`.
    public func period(of day: CalendarDay) -> Int? {
        let offset = start.days(to: day)
        return offset < 0 ? nil : offset / rotationDays
    }

    /// The part of `request` that falls in period `index` (its window), or `nil` when the
    /// request is not active then.
    public func window(of request: DispatchRequest, inPeriod index: Int) -> DayRange? {
        let (periodOffset, overflow) = index.multipliedReportingOverflow(by: rotationDays)
        guard !overflow, index >= 0, periodOffset <= start.days(to: request.days.to) else { return nil }
        return request.days.overlap(with: days(ofPeriod: index))
    }

    /// The day `offset` days after `start`, clamped to the range a day can hold.
    private func day(offset: Int) -> CalendarDay {
        let target = Int(start.daysSinceEpoch).addingReportingOverflow(offset)
        return CalendarDay(daysSinceEpoch: target.overflow ? Int32.max : Int32(clamping: target.partialValue))
    }

    /// The number of periods a plan lists: 0 through the one holding the latest `to`
    /// (0 when no request reaches `start`).
    public var periodCount: Int {
        guard let latest = requests.map(\.days.to).max(), let last = period(of: latest) else { return 0 }
        return last + 1
    }
}

import CounterpartCore

/// An incident (or a drill) the hotline runs: who is hit, from when, in periods of how many days.
public struct Incident: Hashable, Sendable {
    /// Its id (`I1`).
    public var id: ID
    /// Its name, for example 令和8年豪雨.
    public var name: String
    /// The first day of rotation period 0.
    public var start: CalendarDay
    /// The length of a rotation period in days.
    public var rotationDays: Int
    /// The hit municipalities.
    public var affected: [LocalGovernmentCode]
    /// Whether this is a drill (訓練): drills are never mixed into real reports.
    public var isDrill: Bool
    /// When and by whom it was opened.
    public var opened: Stamp
    /// When and by whom it was closed; `nil` while open.
    public var closed: Stamp?
    /// The numbers of the planning rule for this incident (a drill's scenario may set them).
    public var policy: PlanningPolicy = .defaults

    /// An incident.
    public init(
        id: ID, name: String, start: CalendarDay, rotationDays: Int, affected: [LocalGovernmentCode],
        isDrill: Bool, opened: Stamp, closed: Stamp? = nil
    ) {
        self.id = id
        self.name = name
        self.start = start
        self.rotationDays = rotationDays
        self.affected = affected
        self.isDrill = isDrill
        self.opened = opened
        self.closed = closed
    }

    /// Whether requests, plans and answers are still taken.
    public var isOpen: Bool { closed == nil }
}

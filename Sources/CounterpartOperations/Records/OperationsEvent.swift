/// One line of an incident's permanent record: what happened, when, by whom, from where.
public struct OperationsEvent: Hashable, Sendable {
    /// The event's place in the record: ids increase, every event of every incident and of
    /// none in one sequence (what a live stream resumes after). 0 for an event not read
    /// from the record.
    public var id: Int
    /// When and by whom.
    public var stamp: Stamp
    /// The incident, if the event belongs to one.
    public var incident: Incident.ID?
    /// The record it is about (`R12`, `A40`…).
    public var subject: String
    /// What happened, in a sentence.
    public var text: String
    /// Which kind of change it was, for the live stream; `nil` for changes not streamed.
    public var kind: EventKind?
    /// The remote address the change came from, or `nil` (the command line).
    public var origin: String?

    /// An event.
    public init(
        id: Int = 0, stamp: Stamp, incident: Incident.ID?, subject: String, text: String, kind: EventKind? = nil,
        origin: String? = nil
    ) {
        self.id = id
        self.stamp = stamp
        self.incident = incident
        self.subject = subject
        self.text = text
        self.kind = kind
        self.origin = origin
    }
}

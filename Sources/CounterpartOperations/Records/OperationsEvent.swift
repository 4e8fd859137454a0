/// One line of an incident's permanent record: what happened, when, by whom.
public struct OperationsEvent: Hashable, Sendable {
    /// When and by whom.
    public var stamp: Stamp
    /// The incident, if the event belongs to one.
    public var incident: Incident.ID?
    /// The record it is about (`R12`, `A40`…).
    public var subject: String
    /// What happened, in a sentence.
    public var text: String

    /// An event.
    public init(stamp: Stamp, incident: Incident.ID?, subject: String, text: String) {
        self.stamp = stamp
        self.incident = incident
        self.subject = subject
        self.text = text
    }
}

/// Which kind of change an event of the record was, as the server's live stream names it
/// (the `event` of a server-sent event). Changes that are not streamed (unavailability,
/// accounts) have none.
public enum EventKind: String, CaseIterable, Sendable {
    case incidentOpened = "incident.opened"
    case incidentChanged = "incident.changed"
    case incidentClosed = "incident.closed"
    case requestFiled = "request.filed"
    case requestChanged = "request.changed"
    case requestCancelled = "request.cancelled"
    case planStored = "plan.stored"
    case assignmentAnswered = "assignment.answered"
    case ackRecorded = "ack.recorded"
    case noticePosted = "notice.posted"
    case rosterImported = "roster.imported"
}

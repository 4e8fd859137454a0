/// One message waiting in the notification outbox, or sent: what to post where, made from one
/// event of the permanent record. Unique per event, channel and destination, so that reading
/// the same event twice never queues the message twice.
public struct NotificationRow: Hashable, Sendable {
    public var id: Int
    /// The event of the record the message tells about.
    public var event: Int
    /// The item it is about (`R12`, `P3`, `N2`), written in the message too.
    public var item: String
    public var incident: Int?
    /// `lineworks-room`, `lineworks-user` or `email`.
    public var channel: String
    /// The room's channel id, the user's id, or the e-mail address.
    public var destination: String
    /// The e-mail's subject (empty for LINE WORKS).
    public var subject: String
    public var body: String
    public var createdAt: String
    /// Tries that failed so far.
    public var attempts: Int
    public var deliveredAt: String?
    /// When it was given up (a destination that refuses it for good).
    public var abandonedAt: String?
    public var lastError: String?

    /// A row; `id`, `attempts`, `deliveredAt`, `abandonedAt` and `lastError` are ignored when
    /// inserting.
    public init(
        id: Int = 0, event: Int, item: String, incident: Int?, channel: String, destination: String,
        subject: String, body: String, createdAt: String, attempts: Int = 0, deliveredAt: String? = nil,
        abandonedAt: String? = nil, lastError: String? = nil
    ) {
        self.id = id
        self.event = event
        self.item = item
        self.incident = incident
        self.channel = channel
        self.destination = destination
        self.subject = subject
        self.body = body
        self.createdAt = createdAt
        self.attempts = attempts
        self.deliveredAt = deliveredAt
        self.abandonedAt = abandonedAt
        self.lastError = lastError
    }

    /// Whether it still waits to be sent.
    public var isPending: Bool { deliveredAt == nil && abandonedAt == nil }
}

import CounterpartOperations

/// One message to post: where, what, and the item of the record it is about.
public struct NotificationMessage: Hashable, Sendable {
    /// Where a message goes.
    public enum Channel: String, Hashable, Sendable, CaseIterable {
        /// A LINE WORKS talk room (a bot channel).
        case lineWorksRoom = "lineworks-room"
        /// One LINE WORKS user, as a direct message of the bot.
        case lineWorksUser = "lineworks-user"
        /// An e-mail address, through the SMTP relay.
        case email
    }

    public var channel: Channel
    /// The channel id, user id or e-mail address.
    public var destination: String
    /// The e-mail's subject; empty for LINE WORKS.
    public var subject: String
    /// The text: at most ``NotificationText/lineWorksLimit`` characters for LINE WORKS.
    public var body: String
    /// The item (`R12`), also in the text, so that a message sent twice shows as a repeat.
    public var item: RecordID
    public var incident: Incident.ID?
    /// The outbox row it is sent from (0 before it is queued): e-mail's `Message-ID` names it.
    public var outboxID: Int = 0

    public init(
        channel: Channel, destination: String, subject: String = "", body: String, item: RecordID,
        incident: Incident.ID?
    ) {
        self.channel = channel
        self.destination = destination
        self.subject = subject
        self.body = body
        self.item = item
        self.incident = incident
    }
}

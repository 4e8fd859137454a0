/// How one try to deliver a message went.
public enum DeliveryOutcome: Hashable, Sendable {
    /// Accepted by LINE WORKS or the relay.
    case delivered
    /// Too many requests (429): try again after this long, no sooner.
    case throttled(after: Duration, reason: String)
    /// A failure that may pass (5xx, the network, a relay that does not answer): try again later.
    case failed(String)
    /// Refused for good (a 4xx other than 429, an address the relay rejects): given up.
    case rejected(String)
}

/// Something that delivers messages of one or more channels.
public protocol NotificationTransport: Sendable {
    /// Tries once to deliver `message`.
    func deliver(_ message: NotificationMessage) async -> DeliveryOutcome
}

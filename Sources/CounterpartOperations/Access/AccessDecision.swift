/// What ``AccessPolicy`` answers about one action of one member.
public enum AccessDecision: Hashable, Sendable {
    /// The member may do it.
    case allowed
    /// The table refuses it (API.md: 403): nothing changes, and the refusal says why.
    case forbidden(AccessRefusal)
    /// The member is not concerned with the incident (API.md: 404): answered exactly as for
    /// an incident that does not exist, so that nothing of it shows.
    case notFound

    /// Whether the member may do it.
    public var isAllowed: Bool { self == .allowed }
}

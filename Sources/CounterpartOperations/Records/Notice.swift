import CounterpartCore

/// A notice on the hotline (掲示板), to every member or to one group and headquarters.
public struct Notice: Hashable, Sendable {
    public var id: ID
    public var title: String
    public var body: String
    /// The group it went to; `nil` for all members.
    public var group: GroupID?
    /// The incident it belongs to, if any.
    public var incident: Incident.ID?
    public var posted: Stamp
    /// How many members must acknowledge it.
    public var audience: Int

    /// A notice.
    public init(
        id: ID, title: String, body: String, group: GroupID?, incident: Incident.ID?, posted: Stamp, audience: Int
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.group = group
        self.incident = incident
        self.posted = posted
        self.audience = audience
    }
}

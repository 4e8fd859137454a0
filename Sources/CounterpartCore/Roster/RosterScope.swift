/// What a roster file replaces when it is imported.
public enum RosterScope: Hashable, Sendable {
    /// The whole roster (`scope="full"`).
    case full
    /// One municipality's members and staff only (`scope="municipality"`), as the yearly
    /// personnel change (人事異動) arrives.
    case municipality(LocalGovernmentCode)
}

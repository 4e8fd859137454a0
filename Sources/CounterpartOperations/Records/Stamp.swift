import CounterpartCore

/// When something was done and by whom: every change an incident records carries one.
public struct Stamp: Hashable, Sendable {
    /// The moment.
    public var time: Timestamp
    /// Who did it, as the record names them (see ``Actor/recordedName``).
    public var actor: String

    /// A stamp.
    public init(time: Timestamp, actor: String) {
        self.time = time
        self.actor = actor
    }
}

/// Who acts: a hotline member signed in to the board, or an operating-system user at the
/// command line.
public enum Actor: Hashable, Sendable {
    /// A member of the stored roster's hotline.
    case member(MemberID)
    /// The user a command-line process runs as.
    case operatingSystemUser(String)

    /// The name the record keeps: the member id, or the user name.
    public var recordedName: String {
        switch self {
        case .member(let id): return id.rawValue
        case .operatingSystemUser(let name): return name
        }
    }
}

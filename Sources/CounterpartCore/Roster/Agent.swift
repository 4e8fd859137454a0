/// Who acts: a hotline member signed in to the board, or an operating-system user at the
/// command line.
public enum Agent: Hashable, Sendable {
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

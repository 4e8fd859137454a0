import CounterpartCore
import CounterpartStorage

/// Accounts of hotline members, over any ``IncidentStorage``: inviting (a one-time code),
/// redeeming the code to enrol, bearer tokens for scripts, revoking, and telling who a token
/// belongs to. The command line calls it today and the server will call the same methods.
///
/// Only members of the stored roster as it stands now can be invited, given a token or
/// authenticated: a member removed by an import stops working at once. Secrets are handed
/// out once and stored only as their hash (``SecretDigest``); every change is written to
/// the event record, about the member, without the secret.
public struct AccountDesk: StorageDesk {
    /// Where the accounts live.
    public let storage: any IncidentStorage
    /// Where the time comes from.
    public let clock: DeskClock
    /// How secrets are hashed before they are stored or looked up.
    public let digest: SecretDigest
    /// The remote address the changes come from (a server's client), written with every
    /// event this desk records; `nil` at the command line. See ``from(_:)``.
    public var origin: String?

    /// The longest an invitation may stay valid: 30 days.
    public static let longestValidHours = 720

    /// A desk over `storage`, reading the time from `clock`, hashing secrets with `digest`.
    public init(storage: any IncidentStorage, clock: DeskClock, digest: SecretDigest) {
        self.storage = storage
        self.clock = clock
        self.digest = digest
    }

    /// This desk, recording every change it makes as coming from `origin` (a remote address).
    public func from(_ origin: String?) -> AccountDesk {
        var desk = self
        desk.origin = origin
        return desk
    }

    /// The member of the roster as it stands; refused when there is none of that id.
    static func requireMember(_ rows: any StorageReading, _ member: MemberID) throws -> HotlineMember {
        let roster = try IncidentDesk.requireRoster(rows)
        guard let found = roster.members.first(where: { $0.id == member }) else {
            throw OperationsError.unknownMember(member.rawValue)
        }
        return found
    }

    /// Writes one line of the record about `member`: account changes are not streamed.
    static func record(_ rows: any StorageWriting, member: MemberID, _ text: String, stamp: Stamp) throws {
        try IncidentDesk.record(rows, incident: nil, subject: member.rawValue, text, kind: nil, stamp: stamp)
    }
}

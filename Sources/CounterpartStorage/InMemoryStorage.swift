import CounterpartCore
import Synchronization

/// Incident storage in memory, for tests: the same transactions and refusals as a database
/// (ids from 1, unique plan versions, compare-and-set moves), gone when the value is.
public final class InMemoryStorage: IncidentStorage {
    private let tables = Mutex(InMemoryTables())

    /// An empty store with no roster.
    public init() {}

    /// Stores `roster` as the next revision, as an import would.
    public func importRoster(_ roster: Roster) {
        tables.withLock { tables in
            tables.roster = StoredRoster(revision: (tables.roster?.revision ?? 0) + 1, roster: roster)
        }
    }

    /// Replaces a stored row by hand, as a damaged or hand-edited database would hold it (tests only).
    public func corrupt(_ change: @Sendable (inout InMemoryTables) -> Void) {
        tables.withLock { change(&$0) }
    }

    /// Every row as it stands now (tests only: to look at what was stored).
    public func snapshot() -> InMemoryTables { tables.withLock { $0 } }

    public func read<Value: Sendable>(_ body: @Sendable (any StorageReading) throws -> Value) async throws -> Value {
        let snapshot = tables.withLock { $0 }
        return try body(InMemoryTransaction(snapshot))
    }

    public func write<Value: Sendable>(_ body: @Sendable (any StorageWriting) throws -> Value) async throws -> Value {
        try tables.withLock { tables in
            let transaction = InMemoryTransaction(tables)
            let value = try body(transaction)
            tables = transaction.tables
            return value
        }
    }
}

/// The rows an ``InMemoryStorage`` holds; each row's id is its position plus one.
public struct InMemoryTables: Sendable {
    public var roster: StoredRoster?
    public var incidents: [IncidentRow] = []
    public var requests: [RequestRow] = []
    public var assignments: [AssignmentRow] = []
    public var planVersions: [PlanVersionRow] = []
    public var shortfalls: [Int: [ShortfallRow]] = [:]
    public var acknowledgements: [AcknowledgementRow] = []
    public var notices: [NoticeRow] = []
    public var events: [EventRow] = []
    public var unavailabilities: [UnavailabilityRow] = []
    public var accounts: [AccountRow] = []
    public var invitations: [InvitationRow] = []
    public var accessTokens: [AccessTokenRow] = []
    public var sessions: [SessionRow] = []
    public var notifications: [NotificationRow] = []
    public var notificationCursor: Int?
}

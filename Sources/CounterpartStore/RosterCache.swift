import CounterpartCore
import CounterpartStorage
import Synchronization

/// The current roster, read once per revision: every operation needs it, and reading a
/// large roster from its tables takes far longer than the operation itself.
final class RosterCache: Sendable {
    private let latest = Mutex<StoredRoster?>(nil)

    /// The roster as it stands in `db`, from the cache when its revision is still the latest.
    func current(_ db: any SQLSession) throws -> StoredRoster? {
        guard let revision: Int = try db.value("SELECT max(id) FROM revision") else { return nil }
        if let cached = latest.withLock({ $0 }), cached.revision == revision { return cached }
        guard let roster = try RosterRows.load(db, asOf: nil) else { return nil }
        let stored = StoredRoster(revision: revision, roster: roster)
        latest.withLock { $0 = stored }
        return stored
    }
}

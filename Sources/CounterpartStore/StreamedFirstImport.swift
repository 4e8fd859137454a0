import CounterpartCore
import Foundation

/// The first import into a store that holds no roster yet, with its staff rows written
/// while the file is still being read: the reader hands people over as it goes, and a
/// thread of this object inserts them inside the import's one transaction. On a two-core
/// laptop a million people are then read and stored in about the time of the slower of
/// the two jobs instead of their sum.
///
/// Nothing is visible to anyone, and nothing is kept, until ``finish(_:)`` commits: the
/// reading may still find a problem, and then ``abandon()`` rolls everything back, as does
/// a store that turns out to hold a roster already (another import came first).
public final class StreamedFirstImport: @unchecked Sendable {
    // `pending` belongs to the reading thread; everything below `condition` is guarded by it.
    private var pending: [StaffPerson] = []
    private let condition = NSCondition()
    private var batches: [[StaffPerson]] = []
    private var nextBatch = 0
    private var ending: Ending?
    private var isEveryoneAdded = false
    private var isStoring = true
    private var result: Result<RosterStore.ImportOutcome?, StoreError>?
    /// Held by the storing thread only while it works: let go before the result is given,
    /// so that the store can close (and checkpoint its WAL) when the caller is done with it.
    /// A reference kept by the finished thread's closure would outlive the process's exit.
    private var store: RosterStore?

    private enum Ending {
        case commit(RosterStore.ImportedFile, RosterChanges)
        case abandon
    }

    /// Rolls the transaction back without an error to report.
    private struct Abandoned: Error {}

    static let batchSize = 4096

    /// Starts the storing thread, which waits for the people handed over. The revision's
    /// event is recorded by `user` at `time`, from `origin` (an upload's remote address),
    /// marked when `isClockFixed`.
    public init(store: RosterStore, user: String, time: String, origin: String? = nil, isClockFixed: Bool = false) {
        pending.reserveCapacity(StreamedFirstImport.batchSize)
        self.store = store
        let record = ImportRecord(user: user, time: time, origin: origin, isClockFixed: isClockFixed)
        let thread = Thread { [self] in
            let outcome = storeAll(record)
            condition.lock()
            self.store = nil
            condition.unlock()
            finishStoring(with: outcome)
        }
        thread.name = "counterpart-import"
        thread.start()
    }

    /// Hands over the next person read from the file. Call from the reading thread only.
    public func add(_ person: StaffPerson) {
        pending.append(person)
        if pending.count == StreamedFirstImport.batchSize { sendPending() }
    }

    /// Says that the reading has handed everyone over, so that the indexes can be built
    /// while the file's checks still run. Call from the reading thread only.
    public func everyoneAdded() {
        sendPending()
        condition.lock()
        isEveryoneAdded = true
        condition.broadcast()
        condition.unlock()
    }

    /// Commits `file`, whose people were all handed over, in order and nobody else.
    /// - Returns: What the import did, or `nil` when the store held a roster after all
    ///   (import the ordinary way then).
    /// - Throws: ``StoreError`` when SQLite fails; nothing is stored then.
    public func finish(_ file: RosterStore.ImportedFile) throws(StoreError) -> RosterStore.ImportOutcome? {
        sendPending()
        // Worked out here, while the storing thread builds the indexes.
        let changes = RosterChanges.between(nil, file.roster)
        return try end(.commit(file, changes)).get()
    }

    /// Rolls back everything stored so far, and waits until that is done.
    public func abandon() {
        pending = []
        _ = end(.abandon)
    }

    private func sendPending() {
        guard !pending.isEmpty else { return }
        condition.lock()
        if isStoring {
            batches.append(pending)
            condition.broadcast()
        }
        condition.unlock()
        pending = []
        pending.reserveCapacity(StreamedFirstImport.batchSize)
    }

    private func end(_ how: Ending) -> Result<RosterStore.ImportOutcome?, StoreError> {
        condition.lock()
        defer { condition.unlock() }
        ending = how
        condition.broadcast()
        while result == nil { condition.wait() }
        return result!
    }

    /// The next batch to store, or `nil` once the reader has ended and all are stored.
    private func takeBatch() -> [StaffPerson]? {
        condition.lock()
        defer { condition.unlock() }
        while nextBatch == batches.count && ending == nil && !isEveryoneAdded { condition.wait() }
        guard nextBatch < batches.count else { return nil }
        defer {
            batches[nextBatch] = []
            nextBatch += 1
        }
        return batches[nextBatch]
    }

    private func waitForEnding() -> Ending {
        condition.lock()
        defer { condition.unlock() }
        isStoring = false
        while ending == nil { condition.wait() }
        return ending!
    }

    private func finishStoring(with outcome: Result<RosterStore.ImportOutcome?, StoreError>) {
        condition.lock()
        isStoring = false
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// The storing thread's work: one transaction, committed only for a file that ends well.
    private func storeAll(_ record: ImportRecord) -> Result<RosterStore.ImportOutcome?, StoreError> {
        condition.lock()
        let store = self.store!
        condition.unlock()
        do {
            return .success(
                try store.writing { db -> RosterStore.ImportOutcome? in
                    guard try RosterRows.nextRevision(db) == 1 else {
                        _ = waitForEnding()
                        return nil
                    }
                    try RosterRows.startRevision(db, revision: 1, user: record.user, time: record.time)
                    // The index is built as soon as everyone is stored, while the reader still checks.
                    let stored = try StoreSchema.withStaffIndexesDeferredWhenEmpty(db) {
                        var writer = try db.staffWriter(revision: 1)
                        var stored = 0
                        while let batch = takeBatch() {
                            for person in batch { try writer.insert(person) }
                            stored += batch.count
                        }
                        try writer.finish()
                        return stored
                    }
                    guard case .commit(let file, let changes) = waitForEnding(), file.roster.scope == .full,
                        stored == file.roster.staff.count
                    else { throw Abandoned() }
                    try RosterRows.write(
                        db, revision: 1, changes: changes, roster: file.roster, files: [file], record: record,
                        staffStored: true)
                    return RosterStore.ImportOutcome(revision: 1, changes: changes, roster: file.roster)
                })
        } catch is Abandoned {
            return .success(nil)
        } catch {
            return .failure(RosterStore.storeError(error))
        }
    }
}

import CounterpartStorage
import Foundation

/// Write transactions of this process run together, in the order they came, in one
/// PostgreSQL transaction each batch, each in a savepoint of its own: committed with one wait
/// for the disk (and the synchronous standby) instead of one each. Every write still runs
/// alone, after the one before it and seeing it, under the writer lock; one that throws is
/// rolled back to its savepoint and leaves the others be. Each caller is answered after the
/// commit, so a write answered is a write kept.
final class PostgresWriteBatches: @unchecked Sendable {
    /// At most this many writes share a commit.
    static let largest = 48

    private let condition = NSCondition()
    private var pending: [any BatchedWrite] = []
    private var isStopped = false
    private let transaction: @Sendable (_ batch: (PostgresSession) throws -> Void) throws -> Void

    /// Batches run by `transaction` (the database's write transaction), on a thread of their own.
    init(transaction: @escaping @Sendable (_ batch: (PostgresSession) throws -> Void) throws -> Void) {
        self.transaction = transaction
        let thread = Thread { [weak self] in
            while let self, self.runNextBatch() {}
        }
        thread.name = "counterpart-postgres-writes"
        thread.start()
    }

    /// Ends the thread once the writes already given are done.
    func stop() {
        condition.lock()
        isStopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `body` in the next batch; its result once the batch is committed.
    func write<Value: Sendable>(_ body: @Sendable (any SQLSession) throws -> Value) async throws -> Value {
        try await withoutActuallyEscaping(body) { escaping in
            try await withCheckedThrowingContinuation { continuation in
                let write = PendingWrite(escaping, continuation: continuation)
                condition.lock()
                let isAccepted = !isStopped
                if isAccepted {
                    pending.append(write)
                    condition.signal()
                }
                condition.unlock()
                if !isAccepted { write.finish(failure: StorageError.unavailable("the store is closing")) }
            }
        }
    }

    /// Runs one batch; `false` once stopped with nothing left.
    private func runNextBatch() -> Bool {
        condition.lock()
        while pending.isEmpty && !isStopped { condition.wait() }
        let batch = Array(pending.prefix(Self.largest))
        pending.removeFirst(batch.count)
        condition.unlock()
        guard !batch.isEmpty else { return false }
        do {
            try transaction { session in
                // A savepoint before each write, undone only when the write fails: one round
                // trip to PostgreSQL per write, not two (savepoints end with the transaction).
                // A write that broke the connection fails the batch: nothing more is sent on it.
                for (index, write) in batch.enumerated() {
                    try session.execute("SAVEPOINT counterpart_write_\(index)", [])
                    guard let failure = write.run(session) else { continue }
                    if session.isBroken { throw failure }
                    try session.execute("ROLLBACK TO SAVEPOINT counterpart_write_\(index)", [])
                }
            }
            for write in batch { write.finish(failure: nil) }
        } catch {
            for write in batch { write.finish(failure: error) }
        }
        return true
    }
}

/// A write waiting for its batch.
private protocol BatchedWrite: AnyObject {
    /// Runs the body once (then lets it go); why it failed, in the storage protocol's terms,
    /// or `nil`.
    func run(_ session: any SQLSession) -> (any Error)?
    /// Answers the caller: with the body's result, or with `failure` when the batch was not
    /// committed.
    func finish(failure: (any Error)?)
}

private final class PendingWrite<Value: Sendable>: BatchedWrite, @unchecked Sendable {
    private var body: (@Sendable (any SQLSession) throws -> Value)?
    private var result: Result<Value, any Error>?
    private let continuation: CheckedContinuation<Value, any Error>

    init(
        _ body: @escaping @Sendable (any SQLSession) throws -> Value,
        continuation: CheckedContinuation<Value, any Error>
    ) {
        self.body = body
        self.continuation = continuation
    }

    func run(_ session: any SQLSession) -> (any Error)? {
        guard let body else { return StorageError.unavailable("the write ran already") }
        self.body = nil
        do {
            result = .success(try body(session))
            return nil
        } catch {
            let failure = PostgresStoreDatabase.storageError(error)
            result = .failure(failure)
            return failure
        }
    }

    func finish(failure: (any Error)?) {
        body = nil
        switch (result, failure) {
        case (.failure(let own)?, _): continuation.resume(throwing: own)  // its own refusal comes first
        case (_, let failure?): continuation.resume(throwing: failure)  // the batch was not kept
        case (.success(let value)?, nil): continuation.resume(returning: value)
        case (nil, nil): continuation.resume(throwing: StorageError.unavailable("the write did not run"))
        }
    }
}

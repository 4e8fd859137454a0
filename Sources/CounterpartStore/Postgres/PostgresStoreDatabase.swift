import CounterpartStorage
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A Counterpart database in PostgreSQL, shared by every server and command that names it.
///
/// Transactions run on threads of their own (the storage protocol's bodies are synchronous),
/// each on a connection from a small pool; a connection that broke is dropped, and the next
/// transaction connects again, to the first listed host that accepts writes: after a failover,
/// the promoted standby. Writers take turns through one advisory lock, held until commit, so
/// a check-and-set (an answer, an acknowledgement, the next plan version, the next event of the
/// chained record) sees every write committed before it, from whichever server.
final class PostgresStoreDatabase: Sendable {
    let address: PostgresAddress
    private let idle = Mutex<[PostgresConnection]>([])
    private let threads: NIOThreadPool
    private let logger: Logger
    /// Writes of the storage protocol, committed together (see ``PostgresWriteBatches``).
    private let batches: PostgresWriteBatches

    /// The advisory lock every write transaction takes (any number; this one spells the project).
    static let writerLock = 0x436F_756E_7465_7270

    /// Connects, refuses a database that is not Counterpart's or is newer, and brings the
    /// schema up to date; an empty database gets the schema only when `mayCreate`.
    init(address: PostgresAddress, mayCreate: Bool) throws(StoreError) {
        self.address = address
        var logger = Logger(label: "counterpart.postgres")
        logger.logLevel = .critical
        self.logger = logger
        threads = NIOThreadPool(numberOfThreads: 16)
        threads.start()
        let box = WeakDatabase()
        batches = PostgresWriteBatches { batch in
            guard let database = box.database else { throw StorageError.unavailable("the store is closed") }
            try database.transaction(writing: true, batch)
        }
        box.database = self
        do {
            try transaction(writing: true) { session in
                try Self.bringUpToDate(session, address: address, mayCreate: mayCreate)
            }
        } catch let error as StoreError {
            throw error
        } catch StorageError.unavailable(let detail) {
            throw .unreachable(path: address.description, detail: detail)
        } catch {
            throw .cannotOpen(path: address.description, reason: (error as? StorageError)?.sentence ?? "\(error)")
        }
    }

    deinit {
        batches.stop()
        for connection in idle.withLock({ $0 }) { Self.close(connection) }
        threads.shutdownGracefully { _ in }
    }

    /// Runs `body` in one transaction on the calling thread, waiting for each answer.
    /// Reads see one snapshot (repeatable read); writes wait for the writer lock first.
    /// - Throws: what `body` throws, or ``StorageError``.
    func transaction<Value>(writing: Bool, _ body: (any SQLSession) throws -> Value) throws -> Value {
        try transaction(writing: writing) { (session: PostgresSession) in try body(session) }
    }

    /// ``transaction(writing:_:)`` with the session as what it is.
    func transaction<Value>(writing: Bool, _ body: (PostgresSession) throws -> Value) throws -> Value {
        let connection = try take()
        let session = PostgresSession(connection: connection)
        do {
            try session.executeScript(
                writing
                    ? "BEGIN; SELECT pg_advisory_xact_lock(\(Self.writerLock))"
                    : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            let value = try body(session)
            try session.executeScript("COMMIT")
            give(connection)
            return value
        } catch {
            if !session.isBroken, (try? session.executeScript("ROLLBACK")) != nil {
                give(connection)
            } else {
                Self.close(connection)
            }
            throw Self.storageError(error)
        }
    }

    /// ``transaction(writing:_:)`` on one of the store's own threads, for async callers;
    /// writes in the next batch of ``PostgresWriteBatches``.
    func transactionOffThread<Value: Sendable>(
        writing: Bool, _ body: @Sendable (any SQLSession) throws -> Value
    ) async throws -> Value {
        if writing { return try await batches.write(body) }
        return try await withoutActuallyEscaping(body) { escaping in
            let work = PendingWork(escaping)
            return try await withCheckedThrowingContinuation { continuation in
                threads.submit { [self] state in
                    // The body is released before the caller resumes: it must not outlive the call.
                    let result: Result<Value, any Error> =
                        state == .active
                        ? work.run { body in try transaction(writing: writing, body) }
                        : .failure(StorageError.unavailable("the store is closing"))
                    continuation.resume(with: result)
                }
            }
        }
    }

    /// Closes `connection` without waiting, keeping it until it is closed.
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// An idle connection, or a new one.
    private func take() throws -> PostgresConnection {
        while let connection = idle.withLock({ $0.popLast() }) {
            if !connection.isClosed { return connection }
        }
        return try connect()
    }

    private func give(_ connection: PostgresConnection) {
        idle.withLock { $0.append(connection) }
    }

    /// A connection to the first host that accepts writes.
    /// - Throws: ``StorageError/unavailable(_:)`` naming each host and why not.
    private func connect() throws -> PostgresConnection {
        var reasons: [String] = []
        for host in address.hosts {
            var configuration = PostgresConnection.Configuration(
                host: host.name, port: host.port, username: address.user, password: address.password,
                database: address.database, tls: .disable)
            configuration.options.connectTimeout = .seconds(5)
            do {
                let connection = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                    id: Int.random(in: 1...Int.max), logger: logger
                ).wait()
                let isStandby: Bool
                do {
                    isStandby = try PostgresSession.values(
                        of: connection.query("SELECT pg_is_in_recovery()", []).wait().rows[0]
                    ).decode(atIndex: 0)
                } catch {
                    Self.close(connection)
                    throw error
                }
                if isStandby {
                    Self.close(connection)
                    reasons.append("\(host.name):\(host.port) is a standby")
                    continue
                }
                return connection
            } catch {
                reasons.append("\(host.name):\(host.port): \(Self.reason(error))")
            }
        }
        throw StorageError.unavailable(reasons.joined(separator: "; "))
    }

    /// Creates or updates the schema, under the writer lock (two servers may start at once).
    private static func bringUpToDate(_ session: PostgresSession, address: PostgresAddress, mayCreate: Bool) throws {
        let tables: [String] = try session.column(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        if tables.isEmpty {
            guard mayCreate else { throw StoreError.noDatabase(path: address.description) }
            try session.executeScript(PostgresSchema.bookkeeping)
        } else if !tables.contains("counterpart_store") || !tables.contains("counterpart_migrations") {
            throw StoreError.notACounterpartDatabase(path: address.description)
        }
        let applied = Set(try session.column("SELECT identifier FROM counterpart_migrations") as [String])
        let known = PostgresSchema.migrations
        guard applied.isSubset(of: Set(known.map(\.name))) else {
            throw StoreError.newerSchema(path: address.description)
        }
        for migration in known where !applied.contains(migration.name) {
            try session.executeScript(migration.sql)
            try session.execute("INSERT INTO counterpart_migrations (identifier) VALUES (?)", [migration.name])
        }
    }

    /// PostgreSQL's errors in the storage protocol's terms; others pass through. A lost
    /// connection is ``StorageError/unavailable(_:)`` (the connection is then dropped).
    static func storageError(_ error: any Error) -> any Error {
        let state: String?
        let message: String?
        switch error {
        case let error as PSQLError:
            guard error.code == .server else {
                return StorageError.unavailable("the connection to PostgreSQL was lost (\(reason(error)))")
            }
            (state, message) = (error.serverInfo?[.sqlState], error.serverInfo?[.message])
        case let error as PostgresError:
            guard case .server(let answer) = error else {
                return StorageError.unavailable("the connection to PostgreSQL was lost")
            }
            (state, message) = (answer.fields[.sqlState], answer.fields[.message])
        default:
            return error
        }
        let text = message ?? "PostgreSQL refused the change"
        switch state ?? "" {
        case "23505", "40001", "40P01": return StorageError.conflict("another change got there first")
        case let state where state.hasPrefix("23"): return StorageError.refused(text)
        case "25006": return StorageError.unavailable("the database accepts no writes now (a standby?)")
        case let state where state.hasPrefix("57") || state.hasPrefix("08"):
            return StorageError.unavailable("PostgreSQL is shutting down or restarting: \(text)")
        default: return StorageError.unavailable("PostgreSQL answered with an error: \(text)")
        }
    }

    /// A short reason for a failed connection, without addresses or secrets beyond the host.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(type(of: error))"
    }
}

/// A transaction's body handed to another thread, taken out (and so released) when it runs.
private final class PendingWork<Value>: @unchecked Sendable {
    private var body: (@Sendable (any SQLSession) throws -> Value)?
    private let lock = NSLock()

    init(_ body: @escaping @Sendable (any SQLSession) throws -> Value) {
        self.body = body
    }

    /// `run(body)`'s result; the body is released when this returns.
    func run(_ run: (@Sendable (any SQLSession) throws -> Value) throws -> Value) -> Result<Value, any Error> {
        lock.lock()
        let taken = body
        body = nil
        lock.unlock()
        guard let taken else { return .failure(StorageError.unavailable("the transaction ran already")) }
        return Result { try run(taken) }
    }
}

/// The database the batches write to, not kept alive by them.
private final class WeakDatabase: @unchecked Sendable {
    weak var database: PostgresStoreDatabase?
}

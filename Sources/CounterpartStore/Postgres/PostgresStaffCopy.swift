import CounterpartCore
import Dispatch
import Logging
import NIOCore
import PostgresNIO

/// Stores many rows of one table with one `COPY … FROM STDIN` instead of a statement each:
/// rows are written as COPY's text lines into buffers of about a megabyte, each sent as soon
/// as it is full (PostgreSQL stores while the caller reads on), the last at ``finish()``.
struct PostgresCopy: RowSink {
    let connection: PostgresConnection
    let table: String
    let columns: [String]
    private var current: ByteBuffer
    private var line: [UInt8] = []
    private var transfer: CopyTransfer?

    static let bufferSize = 1 << 20

    init(connection: PostgresConnection, table: String, columns: [String]) {
        self.connection = connection
        self.table = table
        self.columns = columns
        current = ByteBufferAllocator().buffer(capacity: Self.bufferSize + 4096)
        line.reserveCapacity(1024)
    }

    mutating func insert(_ values: [SQLValue]) throws {
        line.removeAll(keepingCapacity: true)
        for (index, value) in values.enumerated() {
            if index > 0 { line.append(UInt8(ascii: "\t")) }
            switch value {
            case .null: line.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
            case .integer(let number): line.append(contentsOf: String(number).utf8)
            case .real(let number): line.append(contentsOf: "\(number)".utf8)
            case .text(let text): Self.appendField(text.utf8, to: &line)
            }
        }
        appendLine(line)
    }

    /// Adds one line of COPY's text format (fields escaped, separated by tabs), without its end.
    mutating func appendLine(_ bytes: [UInt8]) {
        current.writeBytes(bytes)
        current.writeInteger(UInt8(ascii: "\n"))
        if current.readableBytes >= Self.bufferSize {
            send(current)
            current = ByteBufferAllocator().buffer(capacity: Self.bufferSize + 4096)
        }
    }

    mutating func finish() throws {
        if current.readableBytes > 0 { send(current) }
        current.clear()
        guard let transfer else { return }
        self.transfer = nil
        try transfer.end()
    }

    /// Sends `buffer`, starting the COPY with the first.
    private mutating func send(_ buffer: ByteBuffer) {
        if transfer == nil { transfer = CopyTransfer(connection: connection, table: table, columns: columns) }
        transfer?.send(buffer)
    }

    /// Appends `bytes` escaped for COPY's text format: backslash, tab, newline and carriage
    /// return are the only bytes it treats specially.
    static func appendField(_ bytes: some Sequence<UInt8>, to text: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): text.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: text.append(byte)
            }
        }
    }
}

/// Staff rows of an import through ``PostgresCopy``, their texts exactly those the SQLite
/// writer stores (``RowText``), written from bytes with no string built per row.
struct PostgresStaffCopy: StaffRowSink {
    private var copy: PostgresCopy
    private var line: [UInt8] = []
    private var list: [UInt8] = []
    private let revisionText: [UInt8]

    init(connection: PostgresConnection, revision: Int) {
        copy = PostgresCopy(
            connection: connection, table: "staff",
            columns: ["staff_id", "municipality", "name", "skills", "availability", "valid_from"])
        revisionText = Array(String(revision).utf8)
        line.reserveCapacity(1024)
    }

    mutating func insert(_ person: StaffPerson) throws {
        let tab = UInt8(ascii: "\t")
        line.removeAll(keepingCapacity: true)
        PostgresCopy.appendField(person.id.rawValue.utf8, to: &line)
        line.append(tab)
        RowText.append(person.municipality, to: &line)
        line.append(tab)
        PostgresCopy.appendField(person.name.utf8, to: &line)
        line.append(tab)
        list.removeAll(keepingCapacity: true)
        RowText.append(person.skills, to: &list)
        PostgresCopy.appendField(list, to: &line)
        line.append(tab)
        list.removeAll(keepingCapacity: true)
        RowText.append(person.availability, to: &list)
        PostgresCopy.appendField(list, to: &line)
        line.append(tab)
        line.append(contentsOf: revisionText)
        copy.appendLine(line)
    }

    mutating func finish() throws { try copy.finish() }
}

/// One `COPY … FROM STDIN` under way: buffers go to PostgreSQL as they come. postgres-nio's
/// COPY is async only; it runs on a thread of its own (``CopyExecutor``), not Swift's shared
/// pool, whose few threads may all be waiting for a transaction to end. Dropped without
/// ``end()`` (the import failed), it ends the COPY, so the connection can roll back.
final class CopyTransfer: @unchecked Sendable {
    private let chunks: AsyncStream<ByteBuffer>.Continuation
    private let done: EventLoopFuture<Void>

    init(connection: PostgresConnection, table: String, columns: [String]) {
        let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
        chunks = continuation
        let promise = connection.eventLoop.makePromise(of: Void.self)
        done = promise.futureResult
        Task(executorPreference: CopyExecutor.shared) {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: connection.logger) { writer in
                    for await chunk in stream { try await writer.write(chunk) }
                }
                promise.succeed()
            } catch {
                promise.fail(error)
            }
        }
    }

    func send(_ buffer: ByteBuffer) { chunks.yield(buffer) }

    /// Ends the COPY and waits until PostgreSQL has stored every row.
    func end() throws {
        chunks.finish()
        try done.wait()
    }

    deinit { chunks.finish() }
}

/// Runs the async work of a synchronous transaction (a `COPY`) on a serial queue of its own,
/// which gets a thread even when every thread of Swift's shared pool is busy waiting.
final class CopyExecutor: TaskExecutor {
    static let shared = CopyExecutor()
    private let queue = DispatchQueue(label: "counterpart.postgres.copy")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}

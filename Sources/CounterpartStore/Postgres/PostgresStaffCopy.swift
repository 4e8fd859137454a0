import CounterpartCore
import Dispatch
import Logging
import NIOCore
import PostgresNIO

/// Stores staff rows with one `COPY staff FROM STDIN` instead of a statement each: the rows
/// are written as COPY's text lines into buffers of about a megabyte, sent at ``finish()``.
/// The texts are exactly those the SQLite writer stores (``RowText``).
struct PostgresStaffCopy: StaffRowSink {
    let connection: PostgresConnection
    let revision: Int
    private var buffers: [ByteBuffer] = []
    private var current: ByteBuffer
    private var text: [UInt8] = []
    private let revisionText: [UInt8]

    static let columns = ["staff_id", "municipality", "name", "skills", "availability", "valid_from"]
    static let bufferSize = 1 << 20

    init(connection: PostgresConnection, revision: Int) {
        self.connection = connection
        self.revision = revision
        current = ByteBufferAllocator().buffer(capacity: Self.bufferSize + 4096)
        revisionText = Array(String(revision).utf8)
        text.reserveCapacity(1024)
    }

    mutating func insert(_ person: StaffPerson) throws {
        text.removeAll(keepingCapacity: true)
        Self.appendField(person.id.rawValue.utf8, to: &text)
        text.append(UInt8(ascii: "\t"))
        RowText.append(person.municipality, to: &text)
        text.append(UInt8(ascii: "\t"))
        Self.appendField(person.name.utf8, to: &text)
        text.append(UInt8(ascii: "\t"))
        var list: [UInt8] = []
        RowText.append(person.skills, to: &list)
        Self.appendField(list, to: &text)
        text.append(UInt8(ascii: "\t"))
        list.removeAll(keepingCapacity: true)
        RowText.append(person.availability, to: &list)
        Self.appendField(list, to: &text)
        text.append(UInt8(ascii: "\t"))
        text.append(contentsOf: revisionText)
        text.append(UInt8(ascii: "\n"))
        current.writeBytes(text)
        if current.readableBytes >= Self.bufferSize {
            buffers.append(current)
            current = ByteBufferAllocator().buffer(capacity: Self.bufferSize + 4096)
        }
    }

    mutating func finish() throws {
        if current.readableBytes > 0 { buffers.append(current) }
        current.clear()
        let chunks = buffers
        buffers = []
        guard !chunks.isEmpty else { return }
        let connection = self.connection
        let promise = connection.eventLoop.makePromise(of: Void.self)
        // postgres-nio's COPY is async only; it runs on a thread of its own, not Swift's shared
        // pool, whose few threads may all be waiting here for a transaction to end.
        Task(executorPreference: CopyExecutor.shared) {
            do {
                try await connection.copyFrom(table: "staff", columns: Self.columns, logger: connection.logger) {
                    writer in
                    for chunk in chunks { try await writer.write(chunk) }
                }
                promise.succeed()
            } catch {
                promise.fail(error)
            }
        }
        try promise.futureResult.wait()
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

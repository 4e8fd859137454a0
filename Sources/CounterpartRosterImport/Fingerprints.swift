import CounterpartStore
import Foundation

/// The SHA-256 of each file of an import, taken on a thread of its own while the files
/// are read and checked on the caller's.
///
/// The import joins the thread on every way out (``join()`` in a `defer`), also when a file
/// is bad or missing: a hashing thread still running while the process exited made
/// `roster import` crash now and then.
final class Fingerprints {
    private let thread: JoinableThread<[String]>

    /// Starts hashing the files at `paths`.
    init(_ paths: [String]) {
        thread = JoinableThread { paths.map(Fingerprints.sha256) }
    }

    /// Each file's SHA-256 (64 hexadecimal digits), in the order given, once all are taken.
    /// A file that cannot be read counts as empty (its reading reports why).
    @discardableResult
    func join() -> [String] {
        thread.join()
    }

    /// The SHA-256 of the file at `path`, read in 1 MiB chunks.
    ///
    /// Only a regular file is opened, and without waiting (`O_NONBLOCK`): opening a FIFO for
    /// reading waits for a writer, and the import joining this thread would wait for ever.
    static func sha256(_ path: String) -> String {
        var hash = SHA256()
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return hash.hexDigest() }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return hash.hexDigest() }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return hash.hexDigest() }
        let chunkSize = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, chunkSize)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            hash.update(UnsafeRawBufferPointer(start: buffer, count: count))
        }
        return hash.hexDigest()
    }
}

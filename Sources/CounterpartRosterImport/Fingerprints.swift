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
    static func sha256(_ path: String) -> String {
        var hash = SHA256()
        if let handle = FileHandle(forReadingAtPath: path) {
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(chunk) }
            try? handle.close()
        }
        return hash.hexDigest()
    }
}

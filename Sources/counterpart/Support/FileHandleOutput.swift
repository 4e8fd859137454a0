import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered text output to standard output or standard error.
///
/// Every write is checked. When one fails (a full disk, a closed descriptor), the first
/// reason is kept and later writes are skipped; `Counterpart.main` then ends the command
/// with status 1 and ``failureSentence`` on standard error, so that lost output never
/// passes for success.
final class FileHandleOutput: Sendable {
    let descriptor: Int32
    /// What the output is called in a sentence.
    private let name: String
    /// Why the first write that failed failed (`strerror`), if one did.
    private let failure = Mutex<String?>(nil)

    static let standardOutput = FileHandleOutput(descriptor: 1, name: "standard output")
    static let standardError = FileHandleOutput(descriptor: 2, name: "standard error")

    private init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Writes `text` as UTF-8, all of it; nothing once a write has failed.
    func write(_ text: String) {
        guard failure.withLock({ $0 == nil }) else { return }
        var bytes = Array(text.utf8)
        let reason: String? = bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    return written < 0 ? String(cString: strerror(errno)) : "nothing could be written"
                }
                offset += written
            }
            return nil
        }
        if let reason { failure.withLock { $0 = $0 ?? reason } }
    }

    /// The sentence for standard error when a write failed (the same as for a failed
    /// write of ``OutputFile``), or `nil` when every write succeeded.
    var failureSentence: String? {
        failure.withLock { $0 }.map { "Error: \(name): cannot write: \($0)" }
    }

    /// Whether the output is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }
}

#if canImport(Glibc)
    import Glibc
#endif

/// Where a command writes a document: standard output, or a file that appears whole or
/// not at all (written beside it under a temporary name, then renamed).
final class OutputFile {
    /// Why the output could not be written.
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "\(path): cannot write: \(reason)" }
    }

    private let path: String?
    private let temporaryPath: String?
    private let descriptor: Int32

    /// Output to `path`, or to standard output when `path` is `nil` or `-`.
    init(path: String?) throws(WriteError) {
        guard let path, path != "-" else {
            self.path = nil
            temporaryPath = nil
            descriptor = 1
            return
        }
        let temporary = "\(path).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        temporaryPath = temporary
        self.descriptor = descriptor
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset)
            }
            guard written > 0 else {
                throw WriteError(path: path ?? "standard output", reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Makes the file appear under its name (nothing to do for standard output).
    func commit() throws(WriteError) {
        guard let path, let temporaryPath else { return }
        guard fsync(descriptor) == 0, close(descriptor) == 0, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw WriteError(path: path, reason: reason)
        }
    }

    deinit {
        if let temporaryPath, access(temporaryPath, F_OK) == 0 {
            close(descriptor)
            unlink(temporaryPath)
        }
    }
}

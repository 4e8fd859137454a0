#if canImport(Glibc)
    import Glibc
#endif

/// Where a command writes a document: standard output, or a file that appears whole or
/// not at all (written beside it under a temporary name, then renamed).
///
/// Only a regular file is written (or a new one made): a device, FIFO, socket or folder at
/// the path is refused with a sentence and left as it is; to write to standard output, leave
/// out `-o` (or give `-`). A symbolic link at the path is replaced by the file, never
/// followed. The temporary file is made by `mkstemp` in the target's folder: created
/// exclusively (`O_EXCL`, so never through a planted link) under an unpredictable name.
/// Files are written mode 0600, readable by their owner only: rosters, contact sheets,
/// plans and situation reports hold names and phone numbers.
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
    private var isCommitted = false

    /// Output to `path`, or to standard output when `path` is `nil` or `-`.
    init(path: String?) throws(WriteError) {
        guard let path, path != "-" else {
            self.path = nil
            temporaryPath = nil
            descriptor = 1
            return
        }
        if let kind = OutputFile.nonRegularKind(at: path) {
            throw WriteError(
                path: path,
                reason:
                    "it is \(kind), not a regular file; give the name of a file, or leave out -o to write to standard output"
            )
        }
        var template = Array("\(path).tmp-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard fcntl(descriptor, F_SETFD, FD_CLOEXEC) == 0, fchmod(descriptor, 0o600) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
        self.path = path
        temporaryPath = temporary
        self.descriptor = descriptor
    }

    /// What is at `path` when it is neither a regular file, nor a symbolic link, nor nothing:
    /// `a FIFO`, `a folder`, and so on.
    private static func nonRegularKind(at path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFLNK: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw WriteError(path: path ?? "standard output", reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Makes the file appear under its name (nothing to do for standard output).
    func commit() throws(WriteError) {
        guard let path, let temporaryPath else { return }
        isCommitted = true
        func failure() -> String { String(cString: strerror(errno)) }
        var reason = fsync(descriptor) == 0 ? nil : failure()
        if close(descriptor) != 0 { reason = reason ?? failure() }
        if reason == nil, rename(temporaryPath, path) != 0 { reason = failure() }
        if let reason {
            unlink(temporaryPath)
            throw WriteError(path: path, reason: reason)
        }
    }

    deinit {
        if let temporaryPath, !isCommitted {
            close(descriptor)
            unlink(temporaryPath)
        }
    }
}

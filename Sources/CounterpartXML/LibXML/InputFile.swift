#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An input file opened for reading, after the checks that keep unsafe input out:
/// it must be a regular, non-empty file that is not compressed.
///
/// What is not a regular file (a FIFO, a device, a folder) is refused before it is opened:
/// opening a FIFO for reading waits for a writer, for ever. The file is opened without
/// waiting (`O_NONBLOCK`) all the same and looked at again, in case it was swapped in between.
final class InputFile {
    /// The descriptor, open for reading at offset 0.
    let descriptor: Int32

    /// Why a file cannot be read at all.
    enum OpenError: Error {
        case cannotOpen(String)
        case notARegularFile
        case empty
        case compressed(String)
    }

    /// Opens `path` and checks it.
    init(path: String) throws(OpenError) {
        guard InputFile.isRegularOrAbsent(path) else { throw .notARegularFile }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            throw .cannotOpen(String(cString: strerror(errno)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
            fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) == 0
        else {
            close(descriptor)
            throw .notARegularFile
        }
        guard status.st_size > 0 else {
            close(descriptor)
            throw .empty
        }
        var head = [UInt8](repeating: 0, count: InputFile.headSize)
        let count = pread(descriptor, &head, InputFile.headSize, 0)
        self.head = Array(head.prefix(max(0, count)))
        if let format = InputFile.compressionFormat(of: self.head.prefix(6)) {
            close(descriptor)
            throw .compressed(format)
        }
        self.descriptor = descriptor
    }

    /// Whether `path` names a regular file (through symbolic links), or nothing that can be
    /// looked at (opening it then says why): anything but a FIFO, device, socket or folder.
    /// Looked at before opening.
    static func isRegularOrAbsent(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) != 0 || (status.st_mode & S_IFMT) == S_IFREG
    }

    /// How many bytes of the start of the file are kept in ``head``.
    static let headSize = 64 * 1024

    /// The first bytes of the file (up to ``headSize``), read without moving the offset.
    let head: [UInt8]

    deinit {
        close(descriptor)
    }

    /// The name of the compression format whose magic bytes start `head`, if any.
    /// libxml2 would otherwise decompress such input silently, which opens the way to
    /// decompression bombs.
    static func compressionFormat(of head: ArraySlice<UInt8>) -> String? {
        let bytes = Array(head)
        let signatures: [(String, [UInt8])] = [
            ("gzip", [0x1F, 0x8B]),
            ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
            ("bzip2", [0x42, 0x5A, 0x68]),
            ("zstd", [0x28, 0xB5, 0x2F, 0xFD]),
            ("zip", [0x50, 0x4B, 0x03, 0x04]),
            ("lzma", [0x5D, 0x00, 0x00]),
        ]
        return signatures.first { bytes.starts(with: $0.1) }?.0
    }
}

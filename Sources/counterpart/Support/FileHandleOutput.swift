#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered text output to standard output or standard error.
struct FileHandleOutput {
    let descriptor: Int32

    static let standardOutput = FileHandleOutput(descriptor: 1)
    static let standardError = FileHandleOutput(descriptor: 2)

    /// Writes `text` as UTF-8, all of it.
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Whether the output is a terminal.
    var isTerminal: Bool { isatty(descriptor) == 1 }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds, in the raw bytes of a well-formed file, the lines a person looks for: where the
/// n-th element's start tag begins (and ends), and where the element whose start tag ends
/// on a given line begins.
///
/// libxml2 knows only the line where a start tag ends, and past line 65,535 not even that
/// for every node, so Counterpart counts elements as they stream past and asks this scan
/// for their lines when (and only when) there is something to report. One pass over the
/// file, through a read-only memory map, up to the last position asked for.
struct SourceLines {
    /// Lines of one element's start tag.
    struct TagLines: Equatable {
        var start: Int
        var end: Int
    }

    /// Start and end lines of the elements with these ordinals (0 is the root).
    private(set) var elements: [Int: TagLines] = [:]
    /// For lines where libxml2 reported something: the line where the element whose
    /// start tag ends there begins.
    private(set) var startOfTagEndingOn: [Int: Int] = [:]

    /// Scans the file at `path` for the elements `ordinals` and the reported `lines`.
    init(path: String, ordinals: Set<Int>, lines: Set<Int>) {
        guard !ordinals.isEmpty || !lines.isEmpty else { return }
        SourceLines.withMappedFile(path) { scan($0, ordinals: ordinals, lines: lines) }
    }

    /// Calls `body` with the whole file mapped read-only into memory (nothing when it
    /// cannot be mapped).
    static func withMappedFile(_ path: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard InputFile.isRegularOrAbsent(path) else { return }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
            let mapping = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0),
            mapping != MAP_FAILED
        else { return }
        defer { munmap(mapping, Int(status.st_size)) }
        body(UnsafeRawBufferPointer(start: mapping, count: Int(status.st_size)))
    }

    private mutating func scan(_ bytes: UnsafeRawBufferPointer, ordinals: Set<Int>, lines: Set<Int>) {
        let lastOrdinal = ordinals.max() ?? -1
        let lastLine = lines.max() ?? 0
        var line = 1
        var ordinal = -1
        var index = 0
        let count = bytes.count
        /// Moves past `terminator`, counting lines; false at the end of the file.
        func skip(past terminator: StaticString) -> Bool {
            let length = terminator.utf8CodeUnitCount
            let pattern = UnsafeRawBufferPointer(start: terminator.utf8Start, count: length)
            while index + length <= count {
                if bytes[index] == 0x0A { line += 1 }
                if bytes[index] == pattern[0] && memcmp(bytes.baseAddress! + index, pattern.baseAddress!, length) == 0 {
                    index += length
                    return true
                }
                index += 1
            }
            return false
        }
        func startsWith(_ literal: StaticString) -> Bool {
            let length = literal.utf8CodeUnitCount
            return index + length <= count && memcmp(bytes.baseAddress! + index, literal.utf8Start, length) == 0
        }
        while index < count && (ordinal < lastOrdinal || line <= lastLine) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if startsWith("<!--") {
                guard skip(past: "-->") else { return }
            } else if startsWith("<![CDATA[") {
                guard skip(past: "]]>") else { return }
            } else if startsWith("<?") {
                guard skip(past: "?>") else { return }
            } else if startsWith("</") || startsWith("<!") {
                guard skip(past: ">") else { return }
            } else {
                ordinal += 1
                let start = line
                guard skipStartTag(bytes, from: &index, line: &line) else { return }
                if ordinals.contains(ordinal) { elements[ordinal] = TagLines(start: start, end: line) }
                if lines.contains(line) && startOfTagEndingOn[line] == nil { startOfTagEndingOn[line] = start }
            }
        }
    }

    /// Moves past a start tag, whose attribute values may hold `>` but not `<`.
    private func skipStartTag(_ bytes: UnsafeRawBufferPointer, from index: inout Int, line: inout Int) -> Bool {
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A { line += 1 }
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return true
            }
        }
        return false
    }
}

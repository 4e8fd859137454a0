#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the line where an element's start tag ends (what libxml2 knows) into the line
/// where it begins (what a person looks for), for start tags written over several lines.
///
/// A start tag's continuation lines hold no `<` (it may not appear in attribute values),
/// so the tag begins on the nearest line at or before its last line that holds a `<`.
/// One pass over the file, made only when there is something to report.
enum ElementStartLines {
    /// For each of `lines`, the line where the element ending there begins.
    static func resolve(path: String, lines: Set<Int>) -> [Int: Int] {
        guard let last = lines.max() else { return [:] }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [:] }
        defer { close(descriptor) }
        var result: [Int: Int] = [:]
        var line = 1
        var lineHasTagStart = false
        var lastLineWithTagStart = 1
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while line <= last {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            for byte in buffer[0..<count] {
                if byte == UInt8(ascii: "<") {
                    lineHasTagStart = true
                } else if byte == 0x0A {
                    if lineHasTagStart { lastLineWithTagStart = line }
                    if lines.contains(line) { result[line] = lastLineWithTagStart }
                    line += 1
                    lineHasTagStart = false
                    if line > last { break }
                }
            }
        }
        if line <= last, lines.contains(line) {
            result[line] = lineHasTagStart ? line : lastLineWithTagStart
        }
        return result
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics with each line moved to where its element's start tag begins.
    func movedToElementStarts(path: String) -> [Diagnostic] {
        let starts = ElementStartLines.resolve(path: path, lines: Set(compactMap(\.line)))
        return map { diagnostic in
            var moved = diagnostic
            if let line = diagnostic.line, let start = starts[line] { moved.line = start }
            return moved
        }
    }
}

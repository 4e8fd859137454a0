#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds, in the raw bytes of a file and before libxml2 reads it, a start tag with more
/// attributes than any Counterpart file needs.
///
/// libxml2 takes quadratic time over the attributes of one element (its duplicate check
/// when parsing, and appending each to a list when its reader builds the node): 100,000
/// attributes kept it busy for minutes, and the schema gave one message for each. No
/// Counterpart element has more than a dozen attributes, so an element with more than
/// ``limit`` is refused with one message before libxml2 sees it.
///
/// One pass over the bytes, counting the `=` outside quotes in each start tag; comments,
/// CDATA sections, processing instructions and declarations are passed over.
enum CrowdedTagScan {
    /// The most attributes an element may have.
    static let limit = 100

    /// A start tag with more than ``limit`` attributes.
    struct Finding: Equatable {
        /// The line where the start tag begins.
        var line: Int
        /// The element's name as written (with its prefix, if any).
        var name: String
        /// How many attributes it has, namespace declarations included.
        var attributes: Int

        /// The one message for the file.
        var message: String {
            "the element <\(name)> has \(attributes) attributes; no Counterpart element needs more than a few, and more than \(limit) are refused for safety"
        }

        /// The same message in Japanese.
        var japanese: String {
            "要素 <\(name)> に属性が \(attributes) 個あります。Counterpart の要素に必要な属性は数個で、安全のため \(limit) 個を超える要素は受け付けません。"
        }
    }

    /// The first crowded start tag of the file at `path` (only the first start tag, the
    /// root's, when `rootOnly`); `nil` when there is none or the file cannot be mapped.
    static func scan(path: String, rootOnly: Bool = false) -> Finding? {
        var finding: Finding?
        SourceLines.withMappedFile(path) { finding = scan($0, rootOnly: rootOnly) }
        return finding
    }

    /// The first crowded start tag in `bytes` (only the first start tag when `rootOnly`).
    ///
    /// Complexity: O(n) in the bytes read.
    static func scan(_ bytes: UnsafeRawBufferPointer, rootOnly: Bool = false) -> Finding? {
        var cursor = Cursor(bytes: bytes)
        while cursor.index < bytes.count {
            let byte = bytes[cursor.index]
            guard byte == UInt8(ascii: "<") else {
                cursor.step()
                continue
            }
            if cursor.startsWith("<!--") {
                cursor.skip(past: "-->")
            } else if cursor.startsWith("<![CDATA[") {
                cursor.skip(past: "]]>")
            } else if cursor.startsWith("<?") {
                cursor.skip(past: "?>")
            } else if cursor.startsWith("</") || cursor.startsWith("<!") {
                cursor.skip(past: ">")
            } else {
                if let finding = cursor.startTag() { return finding }
                if rootOnly { return nil }
            }
        }
        return nil
    }

    /// A position in the bytes and the line it is on.
    private struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var index = 0
        var line = 1

        mutating func step() {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }

        func startsWith(_ literal: StaticString) -> Bool {
            let length = literal.utf8CodeUnitCount
            return index + length <= bytes.count && memcmp(bytes.baseAddress! + index, literal.utf8Start, length) == 0
        }

        /// Moves past `terminator`, or to the end.
        mutating func skip(past terminator: StaticString) {
            while index < bytes.count {
                if startsWith(terminator) {
                    index += terminator.utf8CodeUnitCount
                    return
                }
                step()
            }
        }

        /// Moves past the start tag at `index` (`<`), counting its attributes; the finding
        /// when there are too many.
        mutating func startTag() -> Finding? {
            let line = self.line
            index += 1
            let nameStart = index
            while index < bytes.count, !Cursor.endsName(bytes[index]) { index += 1 }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
            var attributes = 0
            var quote: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                step()
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") {
                    if byte == UInt8(ascii: "<") { index -= 1 }  // not well-formed: libxml2 will say so
                    break
                }
            }
            return attributes > limit ? Finding(line: line, name: name, attributes: attributes) : nil
        }

        private static func endsName(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<")
        }
    }
}

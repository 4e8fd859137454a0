/// A look at the bytes before the root element, made before libxml2 parses anything,
/// so that a DOCTYPE is refused before its declarations are even read.
enum PrologScan {
    /// What the start of a file holds.
    enum Finding: Equatable {
        /// The prolog leads to an element start: looks like XML.
        case element
        /// A `<!DOCTYPE` comes before the root element, at this line.
        case documentType(line: Int)
        /// The first thing that is not white space, a BOM, a declaration, comment or
        /// processing instruction is not `<`: not XML at all.
        case notXML(line: Int)
        /// The scan ran out of bytes before deciding (a long prolog, or another encoding).
        case undecided
    }

    /// Scans `head`, the first bytes of a file.
    static func scan(_ head: [UInt8]) -> Finding {
        head.withUnsafeBytes { scan($0) }
    }

    /// Scans `head`, the first bytes of a file (or all of it).
    static func scan(_ head: UnsafeRawBufferPointer) -> Finding {
        var index = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        func skip(past terminator: [UInt8]) -> Bool {
            while index < head.count {
                if head[index] == 0x0A { line += 1 }
                if head[index...].starts(with: terminator) {
                    index += terminator.count
                    return true
                }
                index += 1
            }
            return false
        }
        while index < head.count {
            let byte = head[index]
            switch byte {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                line += 1
                index += 1
            case UInt8(ascii: "<"):
                let rest = head[index...]
                if rest.starts(with: Array("<?".utf8)) {
                    guard skip(past: Array("?>".utf8)) else { return .undecided }
                } else if rest.starts(with: Array("<!--".utf8)) {
                    guard skip(past: Array("-->".utf8)) else { return .undecided }
                } else if rest.starts(with: Array("<!DOCTYPE".utf8)) {
                    return .documentType(line: line)
                } else if rest.count < 2 {
                    return .undecided
                } else {
                    return .element
                }
            default:
                return byte == 0x00 || byte == 0xFE || byte == 0xFF ? .undecided : .notXML(line: line)
            }
        }
        return .undecided
    }
}

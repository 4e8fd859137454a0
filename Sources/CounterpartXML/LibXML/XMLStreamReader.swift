import CLibXML2
import CLibXML2Errors

/// A problem libxml2 reported while reading: not well-formed, or not valid by the schema.
struct LibXMLProblem {
    var line: Int
    var column: Int
    var message: String
    var isSchemaError: Bool
    /// The problem in Japanese, when Counterpart words it itself (else translated from `message`).
    var japanese: String? = nil
}

/// A forward-only walk over an XML file with libxml2's text reader: no DOM is built,
/// memory stays bounded, and schema validation runs as the file streams past.
///
/// Parser options are the safe set: no network, no DTD loading, no entity substitution,
/// no XInclude, default size limits (no `XML_PARSE_HUGE`); line numbers above 65,535
/// are kept exact. A file labelled Shift_JIS is read as Windows-31J (``DeclaredEncoding``).
final class XMLStreamReader {
    private let file: InputFile
    private let reader: xmlTextReaderPtr
    private let collector = ProblemCollector()

    /// Node types of libxml2's reader.
    enum NodeType: Int32 {
        case element = 1
        case text = 3
        case cdata = 4
        case entityReference = 5
        case processingInstruction = 7
        case comment = 8
        case documentType = 10
        case whitespace = 13
        case significantWhitespace = 14
        case endElement = 15
    }

    /// Opens a reader on `file`, validating against `schema` when given.
    init?(file: InputFile, url: String, schema: CompiledSchema?) {
        let encoding = DeclaredEncoding.override(for: file.head)
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue
                | (encoding == nil ? 0 : XML_PARSE_IGNORE_ENC.rawValue))
        counterpart_capture_generic_errors()
        guard let reader = xmlReaderForFd(file.descriptor, url, encoding, options) else { return nil }
        self.file = file
        self.reader = reader
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<ProblemCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
            }, context)
        if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
            xmlFreeTextReader(reader)
            return nil
        }
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The problems reported so far.
    var problems: [LibXMLProblem] { collector.problems }

    /// Moves to the next node; `false` at the end of the document or after a fatal error.
    func advance() -> Bool {
        xmlTextReaderRead(reader) == 1
    }

    /// Whether reading stopped on an error rather than at the end of the document.
    var hasFailed: Bool { xmlTextReaderReadState(reader) == XML_TEXTREADER_MODE_ERROR.rawValue }

    /// The current node's type, or `nil` for one Counterpart does not care about.
    var nodeType: NodeType? { NodeType(rawValue: xmlTextReaderNodeType(reader)) }

    /// The current node's local name (NUL-terminated UTF-8), owned by the reader.
    var localName: UnsafePointer<UInt8>? { xmlTextReaderConstLocalName(reader) }

    /// The current node's namespace URI, owned by the reader.
    var namespaceURI: UnsafePointer<UInt8>? { xmlTextReaderConstNamespaceUri(reader) }

    /// The depth of the current node (the root element is at 0).
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// The line of the current node: for an element, the line where its start tag ends.
    var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return line }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// Calls `body` with each attribute's local name and value (NUL-terminated UTF-8, valid
    /// only during the call), namespace declarations left out.
    func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>) -> Void) {
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return }
        repeat {
            if xmlTextReaderIsNamespaceDecl(reader) != 1,
                let name = xmlTextReaderConstLocalName(reader), let value = xmlTextReaderConstValue(reader)
            {
                body(name, value)
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        xmlTextReaderMoveToElement(reader)
    }
}

/// Collects libxml2's structured errors for one reader.
private final class ProblemCollector {
    var problems: [LibXMLProblem] = []

    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var line = Int(error.line)
        if line <= 0, let node = error.node {
            line = xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self))
        }
        let text = error.message.map { String(cString: $0) } ?? "unknown error"
        problems.append(
            LibXMLProblem(
                line: line, column: Int(error.int2),
                message: text.trimmingTrailingWhitespace(),
                isSchemaError: error.domain == Int32(XML_FROM_SCHEMASV.rawValue)
            ))
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}

internal import CLibXML2

/// A forward-only walk over one XML part of a workbook, held in memory, with libxml2's text
/// reader and the safe options of the XML layer: no network, no entity substitution, no DTD
/// loading, default size limits. A part that declares a document type is refused outright.
final class PartReader {
    /// What the walk is at.
    enum Node {
        /// An element's start tag, with its attributes by local name; `isEmpty` for `<a/>`.
        case start(String, [String: String], isEmpty: Bool)
        /// An element's end tag.
        case end(String)
        /// Text (entities such as `&amp;` already replaced).
        case text(String)
    }

    private let part: String
    private let bytes: [UInt8]
    private let reader: xmlTextReaderPtr
    private let errors = ErrorCollector()

    /// Opens a reader on `bytes`, the content of the part `part`.
    init(_ bytes: [UInt8], part: String) throws(WorkbookRefusal) {
        self.part = part
        self.bytes = bytes
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_COMPACT.rawValue)
        let opened = self.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReaderForMemory($0, Int32(buffer.count), part, nil, options)
                }
            }
        }
        guard let opened else { throw .malformedPart(part: part, line: 1, message: "empty") }
        reader = opened
        let context = Unmanaged.passUnretained(errors).toOpaque()
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { context, error in
                guard let context, let error else { return }
                Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
            }, context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// The next node, or `nil` at the end of the part.
    /// - Throws: ``WorkbookRefusal/malformedPart(part:line:message:)`` when the part is not
    ///   well-formed; ``WorkbookRefusal/documentTypeDeclared(part:)``.
    func next() throws(WorkbookRefusal) -> Node? {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            guard status == 1 else {
                let first = errors.first
                throw .malformedPart(part: part, line: first?.line ?? 0, message: first?.message ?? "unreadable")
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:
                let name = string(xmlTextReaderConstLocalName(reader))
                let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                var attributes: [String: String] = [:]
                while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                    attributes[string(xmlTextReaderConstLocalName(reader))] = string(xmlTextReaderConstValue(reader))
                }
                xmlTextReaderMoveToElement(reader)
                return .start(name, attributes, isEmpty: isEmpty)
            case 15:
                return .end(string(xmlTextReaderConstLocalName(reader)))
            case 3, 4, 13, 14:
                return .text(string(xmlTextReaderConstValue(reader)))
            case 10:
                throw .documentTypeDeclared(part: part)
            default:
                continue
            }
        }
    }

    /// Walks the whole part, handing each node to `visit`.
    func walk(_ visit: (Node) throws(WorkbookRefusal) -> Void) throws(WorkbookRefusal) {
        while let node = try next() { try visit(node) }
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// The errors libxml2 reports while a part is read, first one kept.
private final class ErrorCollector {
    var first: (line: Int, message: String)?

    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? "error"
        first = (Int(error.line), message.trimmingCharacters(in: "\n "))
    }
}

extension String {
    /// The text without the characters of `set` at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

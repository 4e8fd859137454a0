import CLibXML2
import CLibXML2Errors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a ``SAXStream`` reports to whoever reads the file.
protocol SAXConsumer: AnyObject {
    /// A start tag, with its ordinal among all start tags (0 for the root). `false` stops the stream.
    func start(_ tag: SAXStartTag, ordinal: Int) -> Bool
    /// The end of the element last started and not yet ended.
    func end()
    /// Character data (entity references already replaced). `false` stops the stream.
    func characters(_ bytes: UnsafeRawBufferPointer) -> Bool
    /// Something a plain Counterpart file never holds: CDATA, an entity reference, a DOCTYPE.
    /// The stream stops.
    func unusualContent()
}

/// The fastest forward-only pass over an XML file libxml2 offers: its SAX2 push parser, fed
/// by Counterpart's own reads. No node is built and no schema is applied, so the consumer
/// checks what it needs itself; a file it is unsure of is read again the careful way
/// (``XMLStreamReader`` with the schema).
///
/// Parser options are the safe set, as for ``XMLStreamReader``: no network, no DTD
/// loading, no entity substitution, default size limits. The file is read by Counterpart
/// (``InputFile``), so compressed input is never unpacked.
///
/// A start tag with more than ``CrowdedTagScan/limit`` attributes stops the pass as unusual
/// (the careful reading then refuses the file with one message), and so does a stretch of
/// more than ``longestStretchWithoutMarkup`` bytes without a `<`, before libxml2 is given
/// it: libxml2 takes quadratic time over the attributes of one start tag, and such a tag
/// (`<` cannot appear in attribute values) is one long stretch.
final class SAXStream {
    private let consumer: SAXConsumer
    private var context: xmlParserCtxtPtr?
    private var scratch = AttributeScratch()
    private var depth = 0
    private var ordinal = -1
    private var hasError = false
    private var isStopped = false
    /// Bytes read since the last `<`.
    private var sinceMarkup = 0

    /// The most bytes without a `<` a plain Counterpart file has (far fewer, in fact).
    static let longestStretchWithoutMarkup = 64 * 1024

    /// How a pass ended.
    enum Ending: Equatable {
        /// The whole file was read and is well-formed.
        case complete
        /// The consumer stopped the pass.
        case stopped
        /// The file cannot be read, or is not well-formed XML.
        case failed
    }

    init(consumer: SAXConsumer) {
        self.consumer = consumer
    }

    /// Reads `file` to its end (or until the consumer stops), handing every chunk read to
    /// `observeChunk` as well (for a fingerprint taken in the same pass).
    func run(file: InputFile, url: String, observeChunk: (UnsafeRawBufferPointer) -> Void = { _ in }) -> Ending {
        counterpart_capture_generic_errors()
        var handler = SAXStream.makeHandler()
        let me = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, me, nil, 0, url) else { return .failed }
        self.context = context
        defer {
            xmlFreeParserCtxt(context)
            self.context = nil
        }
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        if let encoding = DeclaredEncoding.override(for: file.head) {
            // Shift_JIS read as Windows-31J, as the careful reading does (the declaration's hint ignored).
            guard let handler = xmlFindCharEncodingHandler(encoding), xmlSwitchToEncoding(context, handler) == 0 else {
                return .failed
            }
            options |= XML_PARSE_IGNORE_ENC.rawValue
        }
        xmlCtxtUseOptions(context, Int32(options))
        let chunkSize = 1 << 18
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var offset: off_t = 0
        while !isStopped {
            let count = pread(file.descriptor, buffer, chunkSize, offset)
            guard count >= 0 else { return .failed }
            offset += off_t(count)
            let chunk = UnsafeRawBufferPointer(start: buffer, count: count)
            observeChunk(chunk)
            if hasLongStretchWithoutMarkup(chunk) {
                unusual()
                break
            }
            let isLast: Int32 = count == 0 ? 1 : 0
            // libxml2 reports some failures (bytes the declared encoding cannot decode) only
            // here, not to the error handler. Any code at all means the pass is not sure.
            if xmlParseChunk(context, buffer.assumingMemoryBound(to: CChar.self), Int32(count), isLast) != 0 {
                hasError = true
            }
            if count == 0 || hasError { break }
        }
        if isStopped { return .stopped }
        return hasError || context.pointee.wellFormed == 0 ? .failed : .complete
    }

    /// Whether `chunk`, after what was read before it, holds more than
    /// ``longestStretchWithoutMarkup`` bytes without a `<`.
    private func hasLongStretchWithoutMarkup(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard let base = chunk.baseAddress else { return false }
        var index = 0
        while index < chunk.count {
            guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), chunk.count - index) else {
                sinceMarkup += chunk.count - index
                return sinceMarkup > SAXStream.longestStretchWithoutMarkup
            }
            let at = base.distance(to: UnsafeRawPointer(found))
            if sinceMarkup + at - index > SAXStream.longestStretchWithoutMarkup { return true }
            sinceMarkup = 0
            index = at + 1
        }
        return false
    }

    private func stop() {
        isStopped = true
        if let context { xmlStopParser(context) }
    }

    private static func stream(_ pointer: UnsafeMutableRawPointer?) -> SAXStream {
        Unmanaged<SAXStream>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// The callbacks: start and end of elements, character data, errors, and the events
    /// that mark a file as unusual. Everything else (comments, processing instructions)
    /// is passed over.
    private static func makeHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, localName, _, uri, namespaceCount, _, attributeCount, _, attributes in
            let stream = SAXStream.stream(user)
            guard !stream.isStopped, let localName else { return }
            guard Int(attributeCount) + Int(namespaceCount) <= CrowdedTagScan.limit else { return stream.unusual() }
            stream.ordinal += 1
            let tag = SAXStartTag(
                localName: localName, namespaceURI: uri, depth: stream.depth,
                attributes: attributes, attributeCount: Int(attributeCount), scratch: stream.scratch)
            stream.depth += 1
            if !stream.consumer.start(tag, ordinal: stream.ordinal) { stream.stop() }
        }
        handler.endElementNs = { user, _, _, _ in
            let stream = SAXStream.stream(user)
            guard !stream.isStopped else { return }
            stream.depth -= 1
            stream.consumer.end()
        }
        let characters: charactersSAXFunc = { user, bytes, count in
            let stream = SAXStream.stream(user)
            guard !stream.isStopped, let bytes else { return }
            if !stream.consumer.characters(UnsafeRawBufferPointer(start: bytes, count: Int(count))) { stream.stop() }
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = { user, _, _ in SAXStream.stream(user).unusual() }
        handler.reference = { user, _ in SAXStream.stream(user).unusual() }
        handler.internalSubset = { user, _, _, _ in SAXStream.stream(user).unusual() }
        handler.externalSubset = { user, _, _, _ in SAXStream.stream(user).unusual() }
        handler.serror = { user, error in
            guard let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            SAXStream.stream(user).hasError = true
        }
        return handler
    }

    private func unusual() {
        guard !isStopped else { return }
        consumer.unusualContent()
        stop()
    }
}

/// One start tag as the SAX2 parser reports it: attribute values are slices of the input,
/// copied one at a time into a NUL-terminated scratch buffer for ``StartTag``.
struct SAXStartTag: StartTag {
    let localName: UnsafePointer<UInt8>?
    /// The element's namespace, or `nil` for none.
    let namespaceURI: UnsafePointer<UInt8>?
    let depth: Int
    fileprivate let attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    /// How many attributes the tag has (namespace declarations are not attributes here).
    let attributeCount: Int
    fileprivate let scratch: AttributeScratch

    /// Calls `body` with each attribute's local name, namespace (`nil` for none) and value bytes.
    func forEachRawAttribute(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>?, UnsafeRawBufferPointer) -> Void) {
        guard let attributes else { return }
        for index in 0..<attributeCount {
            let base = attributes + 5 * index
            guard let name = base[0], let start = base[3], let end = base[4] else { continue }
            body(name, base[2], UnsafeRawBufferPointer(start: start, count: end - start))
        }
    }

    func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>) -> Void) {
        forEachRawAttribute { name, _, value in
            body(name, scratch.terminated(value))
        }
    }
}

/// A growing buffer that holds one attribute value at a time, NUL-terminated.
///
/// Without entity substitution, libxml2's SAX2 parser hands over every `&` of a value as
/// the character reference `&#38;` (its tree builder decodes it later); the copy decodes
/// it, so values read the same as through ``XMLStreamReader``.
final class AttributeScratch {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var capacity = 256
    private static let ampersandReference = Array("&#38;".utf8)

    deinit {
        storage.deallocate()
    }

    /// `bytes` copied, decoded and NUL-terminated; valid until the next call.
    func terminated(_ bytes: UnsafeRawBufferPointer) -> UnsafePointer<UInt8> {
        if bytes.count + 1 > capacity {
            storage.deallocate()
            capacity = (bytes.count + 1).nextPowerOfTwo
            storage = .allocate(capacity: capacity)
        }
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            storage[0] = 0
            return UnsafePointer(storage)
        }
        var count = bytes.count
        if memchr(base, 0x26, bytes.count) == nil {
            storage.update(from: base.assumingMemoryBound(to: UInt8.self), count: count)
        } else {
            count = 0
            var index = 0
            while index < bytes.count {
                storage[count] = bytes[index]
                count += 1
                let reference = AttributeScratch.ampersandReference
                if bytes[index] == 0x26, index + reference.count <= bytes.count,
                    bytes[index..<(index + reference.count)].elementsEqual(reference)
                {
                    index += reference.count
                } else {
                    index += 1
                }
            }
        }
        storage[count] = 0
        return UnsafePointer(storage)
    }
}

extension Int {
    fileprivate var nextPowerOfTwo: Int {
        var value = 1
        while value < self { value <<= 1 }
        return value
    }
}

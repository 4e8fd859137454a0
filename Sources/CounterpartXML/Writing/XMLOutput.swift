/// Text being written as UTF-8, handed on in chunks so that large files never sit in
/// memory whole.
public final class XMLOutput {
    private var buffer: [UInt8] = []
    private let chunkSize: Int
    private let deliver: ([UInt8]) throws -> Void

    /// Output that hands each chunk of about `chunkSize` bytes to `deliver`.
    public init(chunkSize: Int = 1 << 16, deliver: @escaping ([UInt8]) throws -> Void) {
        self.chunkSize = chunkSize
        self.deliver = deliver
        buffer.reserveCapacity(chunkSize + 1024)
    }

    /// Appends text as it is.
    func raw(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= chunkSize { try flush() }
    }

    /// Appends ` name="value"`, escaping the value for an attribute.
    func attribute(_ name: String, _ value: String) throws {
        buffer.append(0x20)
        buffer.append(contentsOf: name.utf8)
        buffer.append(contentsOf: "=\"".utf8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): buffer.append(contentsOf: "&quot;".utf8)
            case 0x09: buffer.append(contentsOf: "&#9;".utf8)
            case 0x0A: buffer.append(contentsOf: "&#10;".utf8)
            case 0x0D: buffer.append(contentsOf: "&#13;".utf8)
            case 0x00..<0x20: continue  // not allowed in XML 1.0 at all
            default: buffer.append(byte)
            }
        }
        buffer.append(0x22)
    }

    /// Appends ` name="value"` when `value` is present.
    func attribute(_ name: String, _ value: String?) throws {
        if let value { try attribute(name, value) }
    }

    /// Hands on whatever is buffered.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try deliver(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

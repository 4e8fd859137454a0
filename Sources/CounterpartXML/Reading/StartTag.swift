/// A start tag as a builder sees it, whichever way the file is read: its local name, its
/// depth (0 for the root) and its attributes. Names and values are NUL-terminated UTF-8,
/// valid only while the builder is being called.
protocol StartTag {
    /// The element's local name.
    var localName: UnsafePointer<UInt8>? { get }
    /// The element's depth: 0 for the root.
    var depth: Int { get }
    /// Calls `body` with each attribute's local name and value, namespace declarations left out.
    func forEachAttribute(_ body: (UnsafePointer<UInt8>, UnsafePointer<UInt8>) -> Void)
}

extension XMLStreamReader: StartTag {}

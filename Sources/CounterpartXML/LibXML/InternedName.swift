/// A name (a namespace URI, say) compared by content once, then by the address libxml2
/// interned it at: libxml2 hands out the same address for the same name of one document.
struct InternedName {
    private let text: String
    private var address: UnsafePointer<UInt8>?

    init(_ text: String) {
        self.text = text
    }

    /// Whether `name` (NUL-terminated UTF-8 owned by libxml2) is this name.
    mutating func matches(_ name: UnsafePointer<UInt8>) -> Bool {
        if name == address { return true }
        guard String(cString: name) == text else { return false }
        address = name
        return true
    }
}

extension JSONValue {
    /// The JSON of an `Encodable` value, its object keys in the order they are encoded (the
    /// order of declaration for synthesized `Codable`) and every `nil` optional written as
    /// `null`, since Counterpart's JSON always lists every key.
    ///
    /// Strings, booleans, integers of every width, arrays, nested objects and `nil` are
    /// written; a key encoded twice keeps its first place and takes the last value. A
    /// `Dictionary` gives its keys in its own order, which changes from run to run: encode
    /// ordered values instead. Complexity: O(n) in the size of the value.
    ///
    /// - Throws: `EncodingError.invalidValue` for a floating-point number (Counterpart's JSON
    ///   has whole numbers only: encode a `Double` as text or in whole units) and for an
    ///   integer that does not fit in an `Int`; and whatever the value's own `encode(to:)` throws.
    public init(encoding value: some Encodable) throws {
        let node = JSONNode()
        try value.encode(to: JSONNodeEncoder(node: node, codingPath: []))
        self = node.value
    }
}

/// An array being encoded: each value goes through its own `encode(to:)` into a new
/// element, so scalars are turned into JSON in one place (``JSONSingleValueContainer``).
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    var count: Int { node.elementCount }

    mutating func encodeNil() throws { node.appendedElement().set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [JSONCodingKey(intValue: count)]
        try value.encode(to: JSONNodeEncoder(node: node.appendedElement(), codingPath: path))
    }

    mutating func encode(_ value: Bool) throws { try encodeValue(value) }
    mutating func encode(_ value: String) throws { try encodeValue(value) }
    mutating func encode(_ value: Double) throws { try encodeValue(value) }
    mutating func encode(_ value: Float) throws { try encodeValue(value) }
    mutating func encode(_ value: Int) throws { try encodeValue(value) }
    mutating func encode(_ value: Int8) throws { try encodeValue(value) }
    mutating func encode(_ value: Int16) throws { try encodeValue(value) }
    mutating func encode(_ value: Int32) throws { try encodeValue(value) }
    mutating func encode(_ value: Int64) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt8) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt16) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt32) throws { try encodeValue(value) }
    mutating func encode(_ value: UInt64) throws { try encodeValue(value) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) throws { try encodeValue(value) }
    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) throws { try encodeValue(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let path = codingPath + [JSONCodingKey(intValue: count)]
        let element = node.appendedElement()
        element.makeObject()
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(node: element, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [JSONCodingKey(intValue: count)]
        let element = node.appendedElement()
        element.makeArray()
        return JSONUnkeyedContainer(node: element, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [JSONCodingKey(intValue: count)]
        return JSONNodeEncoder(node: node.appendedElement(), codingPath: path)
    }

    /// A scalar written the way any value is, so that the single-value container decides.
    private mutating func encodeValue<T: Encodable>(_ value: T) throws {
        try encode(value)
    }
}

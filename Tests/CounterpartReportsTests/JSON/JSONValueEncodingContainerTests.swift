import CounterpartReports
import Testing

/// The encoder's containers used by hand, as a custom `encode(to:)` does.
@Suite struct JSONValueEncodingContainerTests {
    enum Keys: String, CodingKey {
        case first, second, nested, list, parent
    }

    /// Writes through every kind of container.
    struct Handmade: Encodable {
        var encodeTwice = false
        var optional: Int?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("one", forKey: .first)
            try container.encodeIfPresent(optional, forKey: .second)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encodeNil(forKey: .first)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            try list.encodeNil()
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(true, forKey: .first)
            var innerList = list.nestedUnkeyedContainer()
            try innerList.encode("x")
            #expect(list.count == 4)
            try "base".encode(to: container.superEncoder())
            try 9.encode(to: container.superEncoder(forKey: .parent))
            if encodeTwice {
                try container.encode("again", forKey: .first)
                var again = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
                try again.encode(2, forKey: .second)
            }
        }
    }

    @Test func everyContainerWritesWhereItWasAsked() throws {
        #expect(
            try JSONValue(encoding: Handmade())
                == .object([
                    ("first", .string("one")), ("second", .null), ("nested", .object([("first", .null)])),
                    ("list", .array([.int(1), .null, .object([("first", .bool(true))]), .array([.string("x")])])),
                    ("super", .string("base")), ("parent", .int(9)),
                ]))
    }

    /// A key encoded twice keeps its first place and takes the last value; a nested
    /// container asked for twice adds to the same object.
    @Test func aKeyEncodedTwiceKeepsItsPlace() throws {
        let value = try JSONValue(encoding: Handmade(encodeTwice: true, optional: 4))
        #expect(
            value
                == .object([
                    ("first", .string("again")), ("second", .int(4)),
                    ("nested", .object([("first", .null), ("second", .int(2))])),
                    ("list", .array([.int(1), .null, .object([("first", .bool(true))]), .array([.string("x")])])),
                    ("super", .string("base")), ("parent", .int(9)),
                ]))
    }

    /// Every typed `encodeIfPresent` writes `null` for `nil`, not only the generic one.
    @Test func everyTypedEncodeIfPresentWritesNull() throws {
        struct Optionals: Encodable {
            var bool: Bool?, string: String?, int: Int?, int8: Int8?, int16: Int16?, int32: Int32?, int64: Int64?
            var uint: UInt?, uint8: UInt8?, uint16: UInt16?, uint32: UInt32?, uint64: UInt64?, double: Double?,
                float: Float?
            var int128: Int128?, uint128: UInt128?
        }
        let value = try JSONValue(encoding: Optionals())
        guard case .object(let members) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(
            members.map(\.0) == [
                "bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                "uint32", "uint64", "double", "float", "int128", "uint128",
            ])
        #expect(members.allSatisfy { $0.1 == .null })
    }

    @Test func everyTypedEncodeWritesItsValue() throws {
        struct Values: Encodable {
            var bool = true, string = "s", int = -1, int8: Int8 = -8, int16: Int16 = 16, int32: Int32 = -32,
                int64: Int64 = 64
            var uint: UInt = 1, uint8: UInt8 = 8, uint16: UInt16 = 16, uint32: UInt32 = 32, uint64: UInt64 = 64
        }
        #expect(
            try JSONValue(encoding: Values())
                == .object([
                    ("bool", .bool(true)), ("string", .string("s")), ("int", .int(-1)), ("int8", .int(-8)),
                    ("int16", .int(16)),
                    ("int32", .int(-32)), ("int64", .int(64)), ("uint", .int(1)), ("uint8", .int(8)),
                    ("uint16", .int(16)),
                    ("uint32", .int(32)), ("uint64", .int(64)),
                ]))
    }

    @Test func unkeyedContainersTakeEveryScalar() throws {
        struct Scalars: Encodable {
            func encode(to encoder: any Encoder) throws {
                var list = encoder.unkeyedContainer()
                try list.encode(false)
                try list.encode("s")
                try list.encode(Int8(-1))
                try list.encode(UInt64(2))
                try list.encode(Int128(3))
                try list.encode(contentsOf: [4, 5])
                var single = list.superEncoder().singleValueContainer()
                try single.encode(UInt16(6))
            }
        }
        #expect(
            try JSONValue(encoding: Scalars())
                == .array([
                    .bool(false), .string("s"), .int(-1), .int(2), .int(3), .int(4), .int(5), .int(6),
                ]))
    }
}

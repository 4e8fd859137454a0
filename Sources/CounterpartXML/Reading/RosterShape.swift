import CounterpartCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rules of `roster.xsd`, checked on each start tag as the file streams past, so that a
/// valid roster needs no pass through libxml2's schema validator (which takes twice as long
/// as reading the file).
///
/// The check is one-sided on purpose: it accepts only what it is sure the schema accepts,
/// in the plain forms people and Counterpart write (numbers without signs or spaces, no
/// text inside elements, no foreign attributes). Whatever it is not sure of, valid or not,
/// is read again with the schema, which then gives its messages. A differential test
/// (random edits of valid rosters, judged by both) holds it to that promise.
struct RosterShape {
    /// The elements of the schema, each with its place and attributes.
    enum Element: Int {
        case roster, municipalities, municipality, groups, group, pairing, secondary
        case members, member, staff, person, available

        /// The element named `name` allowed directly inside `parent` (`nil`: the root).
        static func named(_ name: UnsafePointer<UInt8>, inside parent: Element?) -> Element? {
            func match(_ literal: StaticString, _ element: Element) -> Element? {
                AttributeText.matches(name, literal) ? element : nil
            }
            switch parent {
            case nil: return match("roster", .roster)
            case .roster?:
                return match("staff", .staff) ?? match("members", .members) ?? match("municipalities", .municipalities)
                    ?? match("groups", .groups)
            case .municipalities?: return match("municipality", .municipality)
            case .groups?: return match("group", .group)
            case .group?: return match("pairing", .pairing)
            case .pairing?: return match("secondary", .secondary)
            case .members?: return match("member", .member)
            case .staff?: return match("person", .person)
            case .person?: return match("available", .available)
            case .municipality?, .secondary?, .member?, .available?: return nil
            }
        }

        /// Whether the element has empty content: no children and no character data at all.
        var isEmpty: Bool {
            switch self {
            case .municipality, .secondary, .member, .available: return true
            default: return false
            }
        }

        /// The attributes the schema declares.
        var attributes: DeclaredAttributes { Element.declarations[rawValue] }

        private static let declarations: [DeclaredAttributes] = [
            DeclaredAttributes(
                required: [("prefecture", .code), ("effective", .day)],
                optional: [("scope", .scope), ("municipality", .code)]),
            DeclaredAttributes(),
            DeclaredAttributes(
                required: [("code", .code), ("name", .text), ("kind", .kind), ("lat", .latitude), ("lon", .longitude)],
                optional: [("population", .count), ("dispatchCapacity", .count)]),
            DeclaredAttributes(),
            DeclaredAttributes(required: [("id", .text)], optional: [("name", .text)]),
            DeclaredAttributes(
                required: [("affected", .code), ("primary", .code)], optional: [("status", .pairingStatus)]),
            DeclaredAttributes(required: [("code", .code)]),
            DeclaredAttributes(),
            DeclaredAttributes(
                required: [("id", .text), ("municipality", .code), ("role", .role), ("name", .text)],
                optional: [("phone", .text), ("email", .text)]),
            DeclaredAttributes(),
            DeclaredAttributes(required: [("id", .text), ("municipality", .code), ("name", .text), ("skills", .skills)]
            ),
            DeclaredAttributes(required: [("from", .day), ("to", .day)]),
        ]
    }

    /// The attributes of one element, with their types.
    struct DeclaredAttributes {
        var required: [(StaticString, ValueType)] = []
        var optional: [(StaticString, ValueType)] = []
    }

    /// The simple types of the schema.
    enum ValueType {
        case code, day, text, count, latitude, longitude, kind, role, scope, pairingStatus, skills

        /// Whether `value` is surely valid for the type.
        func surelyAccepts(_ value: UnsafeRawBufferPointer) -> Bool {
            let bytes = value.bindMemory(to: UInt8.self)
            switch self {
            case .code: return bytes.count == 6 && bytes.allSatisfy(\.isDigit)
            case .day:
                return bytes.count == 10 && bytes[4] == 0x2D && bytes[7] == 0x2D
                    && bytes[0].isDigit && bytes[1].isDigit && bytes[2].isDigit && bytes[3].isDigit
                    && bytes[5].isDigit && bytes[6].isDigit && bytes[8].isDigit && bytes[9].isDigit
            case .text: return !bytes.isEmpty
            case .count: return (1...9).contains(bytes.count) && bytes.allSatisfy(\.isDigit)
            case .latitude: return ValueType.isPlainDecimal(bytes, limit: 90, digits: 2)
            case .longitude: return ValueType.isPlainDecimal(bytes, limit: 180, digits: 3)
            case .kind: return ValueType.isOne(of: ValueType.kinds, bytes)
            case .role: return ValueType.isOne(of: ValueType.roles, bytes)
            case .scope: return ValueType.isOne(of: ValueType.scopes, bytes)
            case .pairingStatus: return ValueType.isOne(of: ValueType.pairingStatuses, bytes)
            case .skills:
                var tokens = 0
                var isSure = true
                AttributeText.forEachToken(in: value) { token in
                    tokens += 1
                    if AttributeText.category(token) == nil { isSure = false }
                }
                return isSure && tokens > 0
            }
        }

        /// `-?D+(.D+)?` with at most `digits` whole digits and a value from -limit to limit.
        private static func isPlainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, digits: Int) -> Bool {
            var index = bytes.first == 0x2D ? 1 : 0
            var whole = 0
            let wholeStart = index
            while index < bytes.count, bytes[index].isDigit {
                whole = whole * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard (1...digits).contains(index - wholeStart) else { return false }
            var isFractionZero = true
            if index < bytes.count {
                guard bytes[index] == 0x2E, index + 1 < bytes.count else { return false }
                for byte in bytes[(index + 1)...] {
                    guard byte.isDigit else { return false }
                    if byte != 0x30 { isFractionZero = false }
                }
            }
            return whole < limit || (whole == limit && isFractionZero)
        }

        private static let kinds = tokens(of: MunicipalityKind.self)
        private static let roles = tokens(of: HotlineRole.self)
        private static let scopes = tokens(of: RosterScopeToken.self)
        private static let pairingStatuses = tokens(of: PairingStatus.self)

        private static func tokens<Token: CaseIterable & RawRepresentable>(of type: Token.Type) -> [[UInt8]]
        where Token.RawValue == String {
            Token.allCases.map { Array($0.rawValue.utf8) }
        }

        private static func isOne(of tokens: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            tokens.contains { $0.count == bytes.count && $0.elementsEqual(bytes) }
        }
    }

    /// The values of the root's `scope` attribute.
    enum RosterScopeToken: String, CaseIterable {
        case full, municipality
    }

    private var open: [Element] = []
    private var rootChildrenSeen: Set<Element> = []
    private var namespace = InternedName(DocumentKind.roster.namespace)

    /// Whether the start tag surely follows the schema where it stands.
    mutating func start(_ tag: SAXStartTag) -> Bool {
        guard let name = tag.localName, let uri = tag.namespaceURI, namespace.matches(uri),
            let element = Element.named(name, inside: open.last)
        else { return false }
        if open.last == .roster {
            guard rootChildrenSeen.insert(element).inserted else { return false }
        }
        open.append(element)
        let declared = element.attributes
        var requiredSeen = 0
        var isSure = true
        tag.forEachRawAttribute { attribute, attributeNamespace, value in
            guard isSure else { return }
            guard attributeNamespace == nil else {
                isSure = false
                return
            }
            if let index = declared.required.firstIndex(where: { AttributeText.matches(attribute, $0.0) }) {
                requiredSeen += 1
                isSure = declared.required[index].1.surelyAccepts(value)
            } else if let found = declared.optional.first(where: { AttributeText.matches(attribute, $0.0) }) {
                isSure = found.1.surelyAccepts(value)
            } else {
                isSure = false
            }
        }
        // The parser refuses a repeated attribute, so counting the required ones suffices.
        return isSure && requiredSeen == declared.required.count
    }

    /// The end of the element last started; returns that element.
    mutating func end() -> Element? {
        open.popLast()
    }

    /// Whether character data here surely follows the schema: only white space between
    /// elements, nothing at all inside an element with empty content.
    func characters(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let element = open.last, !element.isEmpty else { return open.isEmpty && bytes.isEmpty }
        return bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}

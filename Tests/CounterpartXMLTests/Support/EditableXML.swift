/// A small deterministic generator (SplitMix64): the same seed gives the same numbers on
/// every machine and every run, so a failing random case is reproduced from its seed alone.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 to `bound - 1` (`bound` > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// Whether an event of `percent` in 100 happened.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<T>(_ choices: [T]) -> T {
        choices[below(choices.count)]
    }

    mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for index in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(index, below(index + 1))
        }
    }
}

/// An XML document held as written, for tests that edit documents: attribute values and
/// text are kept raw (entity and character references as typed), comments, processing
/// instructions and CDATA sections verbatim. Only for well-formed input written by
/// Counterpart or by hand (double- or single-quoted attributes, no DOCTYPE).
struct EditableXML: Sendable {
    struct Attribute: Equatable, Sendable {
        var name: String
        /// The value exactly as written between the quotes.
        var value: String
        /// What stands before the name inside the tag.
        var spacing = " "
    }

    enum Node: Sendable {
        case element(Element)
        /// Character data as written (references included).
        case text(String)
        /// A comment, processing instruction or CDATA section, as written.
        case markup(String)
    }

    struct Element: Sendable {
        var name: String
        var attributes: [Attribute] = []
        /// Empty: written `<name/>`; an element with an empty `.text("")` child is written
        /// `<name></name>`.
        var children: [Node] = []

        var localName: Substring { name.split(separator: ":").last ?? Substring(name) }

        var childElementIndices: [Int] {
            children.indices.filter { if case .element = children[$0] { true } else { false } }
        }
    }

    /// The XML declaration as written, or "".
    var declaration: String
    /// Whatever stands between the declaration and the root (white space, comments).
    var prolog: String
    var root: Element
    /// Whatever follows the root.
    var epilog: String

    // MARK: Writing

    var text: String {
        var out = declaration + prolog
        out.reserveCapacity(1 << 16)
        EditableXML.write(root, into: &out)
        return out + epilog
    }

    private static func write(_ element: Element, into out: inout String) {
        out += "<"
        out += element.name
        for attribute in element.attributes {
            let quote = attribute.value.contains("\"") ? "'" : "\""
            out += attribute.spacing
            out += attribute.name
            out += "="
            out += quote
            out += attribute.value
            out += quote
        }
        guard !element.children.isEmpty else {
            out += "/>"
            return
        }
        out += ">"
        for child in element.children {
            switch child {
            case .element(let inner): write(inner, into: &out)
            case .text(let raw), .markup(let raw): out += raw
            }
        }
        out += "</"
        out += element.name
        out += ">"
    }

    // MARK: Finding and changing elements

    /// The path of every element (child indices from the root; `[]` is the root), in
    /// document order.
    var elementPaths: [[Int]] {
        var paths: [[Int]] = []
        func visit(_ element: Element, _ path: [Int]) {
            paths.append(path)
            for index in element.childElementIndices {
                if case .element(let child) = element.children[index] { visit(child, path + [index]) }
            }
        }
        visit(root, [])
        return paths
    }

    func element(at path: [Int]) -> Element {
        var element = root
        for index in path {
            guard case .element(let child) = element.children[index] else {
                preconditionFailure("no element at \(path)")
            }
            element = child
        }
        return element
    }

    mutating func modify(at path: [Int], _ body: (inout Element) -> Void) {
        EditableXML.modify(&root, path[...], body)
    }

    private static func modify(_ element: inout Element, _ path: ArraySlice<Int>, _ body: (inout Element) -> Void) {
        guard let first = path.first else { return body(&element) }
        guard case .element(var child) = element.children[first] else { preconditionFailure("no element at \(path)") }
        element.children[first] = .text("")  // so that the child is uniquely referenced while it changes
        modify(&child, path.dropFirst(), body)
        element.children[first] = .element(child)
    }

    /// Every element, changed by `body` (root first, then in document order).
    mutating func modifyAll(_ body: (inout Element) -> Void) {
        func visit(_ element: inout Element) {
            body(&element)
            for index in element.childElementIndices {
                guard case .element(var child) = element.children[index] else { continue }
                element.children[index] = .text("")
                visit(&child)
                element.children[index] = .element(child)
            }
        }
        visit(&root)
    }

    // MARK: Reading

    /// Reads `text`, which must be well-formed and hold no DOCTYPE.
    init(parsing text: String) {
        var parser = Parser(bytes: Array(text.utf8))
        self = parser.document()
    }

    init(declaration: String, prolog: String, root: Element, epilog: String) {
        self.declaration = declaration
        self.prolog = prolog
        self.root = root
        self.epilog = epilog
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func document() -> EditableXML {
            var declaration = ""
            if startsWith("<?xml ") {
                declaration = take(through: "?>")
            }
            var prolog = ""
            while !startsWith("<") || startsWith("<!--") || startsWith("<?") {
                if startsWith("<!--") {
                    prolog += take(through: "-->")
                } else if startsWith("<?") {
                    prolog += take(through: "?>")
                } else {
                    prolog += takeText()
                }
            }
            let root = element()
            let epilog = String(decoding: bytes[index...], as: UTF8.self)
            return EditableXML(declaration: declaration, prolog: prolog, root: root, epilog: epilog)
        }

        private mutating func element() -> Element {
            index += 1  // <
            var element = Element(name: name())
            while true {
                let spaceStart = index
                skipSpace()
                let spacing = string(spaceStart..<index)
                if startsWith("/>") {
                    index += 2
                    return element
                }
                if startsWith(">") {
                    index += 1
                    break
                }
                let attributeName = name()
                skipSpace()
                precondition(bytes[index] == UInt8(ascii: "="), "expected = at byte \(index)")
                index += 1
                skipSpace()
                let quote = bytes[index]
                index += 1
                let valueStart = index
                while bytes[index] != quote { index += 1 }
                element.attributes.append(
                    Attribute(name: attributeName, value: string(valueStart..<index), spacing: spacing))
                index += 1
            }
            while true {
                if startsWith("</") {
                    index += 2
                    _ = name()
                    skipSpace()
                    index += 1  // >
                    if element.children.isEmpty { element.children = [.text("")] }
                    return element
                }
                if startsWith("<!--") {
                    element.children.append(.markup(take(through: "-->")))
                } else if startsWith("<![CDATA[") {
                    element.children.append(.markup(take(through: "]]>")))
                } else if startsWith("<?") {
                    element.children.append(.markup(take(through: "?>")))
                } else if startsWith("<") {
                    element.children.append(.element(self.element()))
                } else {
                    element.children.append(.text(takeText()))
                }
            }
        }

        private func startsWith(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
            return true
        }

        private mutating func take(through end: StaticString) -> String {
            let start = index
            while !startsWith(end) { index += 1 }
            index += end.utf8CodeUnitCount
            return string(start..<index)
        }

        private mutating func takeText() -> String {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
            return string(start..<index)
        }

        private mutating func name() -> String {
            let start = index
            while index < bytes.count, !isSpace(bytes[index]),
                ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index])
            {
                index += 1
            }
            return string(start..<index)
        }

        private mutating func skipSpace() {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private func string(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }
    }
}

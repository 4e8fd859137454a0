/// A JSON value while it is being encoded: containers write into nodes, nested containers
/// into nodes of their own, and the finished tree is read once, at the end.
final class JSONNode {
    private enum Shape {
        case empty, scalar, object, array
    }

    private var shape = Shape.empty
    private var scalar = JSONValue.null
    private var keys: [String] = []
    private var members: [String: JSONNode] = [:]
    private var elements: [JSONNode] = []

    /// Makes the node `value`, dropping what it held.
    func set(_ value: JSONValue) {
        reshape(.scalar)
        scalar = value
    }

    /// Makes the node an object, keeping its members if it is one already.
    func makeObject() {
        if shape != .object { reshape(.object) }
    }

    /// Makes the node an array, keeping its elements if it is one already.
    func makeArray() {
        if shape != .array { reshape(.array) }
    }

    /// The node of `key` in this object: the one already there (for a nested container
    /// asked for twice), else a new one at the end.
    func member(_ key: String) -> JSONNode {
        makeObject()
        if let existing = members[key] { return existing }
        return replacingMember(key)
    }

    /// A new, empty node for `key`: at the end of the object, or in the place of the one
    /// already there (a key encoded twice keeps its first place and takes the last value).
    func replacingMember(_ key: String) -> JSONNode {
        makeObject()
        let node = JSONNode()
        if members.updateValue(node, forKey: key) == nil { keys.append(key) }
        return node
    }

    /// A new, empty node at the end of this array.
    func appendedElement() -> JSONNode {
        makeArray()
        let node = JSONNode()
        elements.append(node)
        return node
    }

    /// The number of elements, when the node is an array.
    var elementCount: Int { shape == .array ? elements.count : 0 }

    /// The finished value; a node nothing was written into is an empty object, as
    /// Foundation's `JSONEncoder` writes it.
    var value: JSONValue {
        switch shape {
        case .empty: return .object([])
        case .scalar: return scalar
        case .object: return .object(keys.compactMap { key in members[key].map { (key, $0.value) } })
        case .array: return .array(elements.map(\.value))
        }
    }

    private func reshape(_ new: Shape) {
        shape = new
        scalar = .null
        keys = []
        members = [:]
        elements = []
    }
}

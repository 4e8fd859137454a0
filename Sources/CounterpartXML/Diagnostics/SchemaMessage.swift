/// One of libxml2's schema validation messages, taken apart: the element and attribute it
/// is about, and what kind of problem it names with its values, so that it can be said in
/// Japanese (``japanese(namespace:)``). A message of a form not known here keeps its text
/// (``Kind/unrecognised``).
///
/// libxml2 2.9 writes them as `Element '{NS}name', attribute 'attr': TEXT` (the attribute
/// part only for attribute values), with namespaces in braces.
struct SchemaMessage: Equatable {
    /// The element's local name, if the message names one.
    var element: String?
    /// The element's namespace: `nil` when the message names none (`Element 'name'`).
    var elementNamespace: String?
    /// The attribute's local name, when the problem is with an attribute's value.
    var attribute: String?
    /// What is wrong.
    var kind: Kind
    /// libxml2's text, as given.
    var original: String

    /// Which bound of a length a value breaks.
    enum LengthBound: Equatable {
        case minimum, maximum, exact
    }

    /// The kinds of problem libxml2's schema validation reports.
    enum Kind: Equatable {
        /// `[facet 'enumeration']`: not one of the allowed tokens.
        case enumeration(value: String, allowed: [String])
        /// `[facet 'pattern']`.
        case pattern(value: String, pattern: String)
        /// `[facet 'minInclusive']` (inclusive) or `[facet 'minExclusive']`.
        case tooSmall(value: String, limit: String, isInclusive: Bool)
        /// `[facet 'maxInclusive']` (inclusive) or `[facet 'maxExclusive']`.
        case tooLarge(value: String, limit: String, isInclusive: Bool)
        /// `[facet 'minLength']`, `'maxLength'` or `'length'`; the value is missing for lists.
        case length(value: String?, length: String, limit: String, bound: LengthBound)
        /// `[facet 'fractionDigits']` or `[facet 'totalDigits']`.
        case tooManyDigits(value: String, limit: String, isFraction: Bool)
        /// Not a value of the type at all (`'x' is not a valid value of the atomic type 'xs:int'`).
        case wrongType(value: String, type: String)
        /// `The attribute 'x' is required but missing.`
        case missingAttribute(String)
        /// `The attribute 'x' is not allowed.`
        case attributeNotAllowed(String)
        /// `This element is not expected.`, with what was expected when libxml2 says it.
        case unexpectedElement(expected: [String])
        /// `Missing child element(s).`, with what was expected.
        case missingChild(expected: [String])
        /// Text inside an element that holds only elements.
        case textNotAllowed
        /// Content inside an element that must stay empty or hold only text.
        case contentNotAllowed
        /// `Duplicate key-sequence [...] in unique/key identity-constraint '...'`.
        case duplicateKey(values: String, constraint: String)
        /// `No match found for key-sequence [...] of keyref '...'`.
        case keyNotFound(values: String, constraint: String)
        /// `No matching global declaration available for the validation root.`
        case unknownRoot
        /// A message of a form not known here.
        case unrecognised(String)
    }

    /// `message` taken apart.
    init(_ message: String) {
        original = message
        var rest = Substring(message)
        if rest.hasPrefix("Element '"), let end = rest.dropFirst(9).firstIndex(of: "'") {
            let (namespace, name) = SchemaMessage.split(rest[rest.index(rest.startIndex, offsetBy: 9)..<end])
            element = name
            elementNamespace = namespace
            rest = rest[rest.index(after: end)...]
            if rest.hasPrefix(", attribute '"), let close = rest.dropFirst(13).firstIndex(of: "'") {
                attribute = SchemaMessage.split(rest[rest.index(rest.startIndex, offsetBy: 13)..<close]).name
                rest = rest[rest.index(after: close)...]
            }
            if rest.hasPrefix(": ") { rest = rest.dropFirst(2) }
        }
        kind = SchemaMessage.kind(of: String(rest))
    }

    /// `{NS}name` as its namespace and local name.
    static func split(_ qualified: Substring) -> (namespace: String?, name: String) {
        guard qualified.hasPrefix("{"), let close = qualified.firstIndex(of: "}") else {
            return (nil, String(qualified))
        }
        return (String(qualified.dropFirst().prefix(upTo: close)), String(qualified[qualified.index(after: close)...]))
    }

    private static func kind(of text: String) -> Kind {
        let body = text.hasSuffix(".") ? String(text.dropLast()) : text
        if let facet = facetKind(body) { return facet }
        if let value = between(body, "'", "' is not a valid value of the "), let typeText = after(body, "value of the ")
        {
            let type = between(typeText, "'", "'") ?? typeText
            return .wrongType(value: value, type: type)
        }
        if let name = between(body, "The attribute '", "' is required but missing") { return .missingAttribute(name) }
        if let name = between(body, "The attribute '", "' is not allowed") { return .attributeNotAllowed(name) }
        if body.hasPrefix("This element is not expected") { return .unexpectedElement(expected: expected(body)) }
        if body.hasPrefix("Missing child element(s)") { return .missingChild(expected: expected(body)) }
        if body.hasPrefix("Character content other than whitespace is not allowed") { return .textNotAllowed }
        if body.hasPrefix("Element content is not allowed") || body.hasPrefix("Character content is not allowed") {
            return .contentNotAllowed
        }
        if let values = between(body, "Duplicate key-sequence [", "] in "),
            let constraint = between(body, "constraint '", "'")
        {
            return .duplicateKey(values: values, constraint: split(Substring(constraint)).name)
        }
        if let values = between(body, "No match found for key-sequence [", "] of keyref '"),
            let constraint = between(body, "of keyref '", "'")
        {
            return .keyNotFound(values: values, constraint: split(Substring(constraint)).name)
        }
        if body.hasPrefix("No matching global declaration available for the validation root") { return .unknownRoot }
        return .unrecognised(text)
    }

    private static func facetKind(_ body: String) -> Kind? {
        guard body.hasPrefix("[facet '"), let facet = between(body, "[facet '", "']") else { return nil }
        let value = between(body, "The value '", "' ")
        switch facet {
        case "enumeration":
            guard let value, let set = between(body, "is not an element of the set {", "}") else { return nil }
            let allowed = set.split(separator: ", ").map { token in
                String(
                    token.hasPrefix("'") && token.hasSuffix("'") && token.count >= 2
                        ? token.dropFirst().dropLast() : token)
            }
            return .enumeration(value: value, allowed: allowed)
        case "pattern":
            guard let value, let pattern = between(body, "accepted by the pattern '", "'") else { return nil }
            return .pattern(value: value, pattern: pattern)
        case "minInclusive", "minExclusive":
            guard let value, let limit = between(body, "('", "')") ?? between(body, "greater than '", "'") else {
                return nil
            }
            return .tooSmall(value: value, limit: limit, isInclusive: facet == "minInclusive")
        case "maxInclusive", "maxExclusive":
            guard let value, let limit = between(body, "('", "')") ?? between(body, "less than '", "'") else {
                return nil
            }
            return .tooLarge(value: value, limit: limit, isInclusive: facet == "maxInclusive")
        case "minLength", "maxLength", "length":
            guard let length = between(body, "has a length of '", "'"), let limit = lastQuoted(body) else { return nil }
            let bound: LengthBound = facet == "minLength" ? .minimum : facet == "maxLength" ? .maximum : .exact
            return .length(value: value, length: length, limit: limit, bound: bound)
        case "fractionDigits", "totalDigits":
            guard let value, let limit = between(body, "('", "')") else { return nil }
            return .tooManyDigits(value: value, limit: limit, isFraction: facet == "fractionDigits")
        default:
            return nil
        }
    }

    /// The names in `Expected is ( {NS}a, {NS}b )` or `Expected is one of ( … )`, without
    /// namespaces; wildcards (`##other…`) left out.
    private static func expected(_ body: String) -> [String] {
        guard let list = between(body, "( ", " )") else { return [] }
        return list.split(separator: ", ").filter { !$0.hasPrefix("#") }.map { split($0).name }
    }

    /// The text between the first `start` and the first `end` after it.
    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.firstRange(of: start) else { return nil }
        let rest = text[open.upperBound...]
        guard let close = rest.firstRange(of: end) else { return nil }
        return String(rest[..<close.lowerBound])
    }

    private static func after(_ text: String, _ start: String) -> String? {
        text.firstRange(of: start).map { String(text[$0.upperBound...]) }
    }

    /// The last `'…'` of `text`.
    private static func lastQuoted(_ text: String) -> String? {
        guard let close = text.lastIndex(of: "'") else { return nil }
        let before = text[..<close]
        guard let open = before.lastIndex(of: "'") else { return nil }
        return String(before[before.index(after: open)...])
    }
}

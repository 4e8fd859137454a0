/// The kinds of record an incident keeps, each shown with its own letter: I1, R12, A40, P3,
/// N2, and U3 for a person's unavailability.
public enum RecordKind: String, Sendable, CaseIterable {
    case incident = "I"
    case request = "R"
    case assignment = "A"
    case plan = "P"
    case notice = "N"
    case unavailability = "U"

    /// The kind in words, for messages.
    public var noun: String {
        switch self {
        case .incident: return "incident"
        case .request: return "request"
        case .assignment: return "assignment"
        case .plan: return "plan version"
        case .notice: return "notice"
        case .unavailability: return "unavailability"
        }
    }
}

/// A record's id as people type it: its kind's letter and a number (`R12`).
public struct RecordID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// What the record is.
    public var kind: RecordKind
    /// Its number, unique within its kind.
    public var number: Int

    /// The id of record `number` of `kind`.
    public init(_ kind: RecordKind, _ number: Int) {
        self.kind = kind
        self.number = number
    }

    /// Reads `R12` (any case); a bare number is taken as `expected`'s when one is given.
    /// Returns `nil` for anything else, or for a letter other than `expected`'s.
    public init?(_ text: String, expected: RecordKind? = nil) {
        var rest = Substring(text.trimmingSpaces())
        var kind = expected
        if let first = rest.first, first.isLetter {
            guard let named = RecordKind(rawValue: String(first).uppercased()), expected == nil || named == expected
            else { return nil }
            kind = named
            rest = rest.dropFirst()
        }
        guard let kind, !rest.isEmpty, rest.allSatisfy(\.isASCIIDigit), let number = Int(rest), number >= 1 else {
            return nil
        }
        self.init(kind, number)
    }

    public var description: String { "\(kind.rawValue)\(number)" }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        (lhs.kind.rawValue, lhs.number) < (rhs.kind.rawValue, rhs.number)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text without spaces at either end (no Foundation needed).
    func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

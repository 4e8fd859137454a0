/// An id as written in a roster or scenario, typed by what it names so that a staff id
/// cannot be passed where a request id is expected.
///
/// Ids compare as byte strings (UTF-8), the order FORMATS.md uses for plan output.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The id as written.
    public let rawValue: String

    /// Wraps an id.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }
}

/// The id of a dispatchable person (`person/@id`).
public typealias StaffID = Identifier<StaffPerson>
/// The id of a hotline member (`member/@id`).
public typealias MemberID = Identifier<HotlineMember>
/// The id of a counterpart group (`group/@id`, for example `A`).
public typealias GroupID = Identifier<CounterpartGroup>
/// The id of a dispatch request (`request/@id`).
public typealias RequestID = Identifier<DispatchRequest>

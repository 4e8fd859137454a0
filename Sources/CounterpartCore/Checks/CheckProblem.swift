/// One thing wrong with a roster or scenario that its schema cannot see: where it is,
/// which rule it breaks, and a message for a person in English and in Japanese.
public struct CheckProblem<Location: Hashable & Sendable, Rule: Hashable & Sendable>: Hashable, Sendable,
    CustomStringConvertible
{
    /// Where it is.
    public var location: Location
    /// Which rule it breaks.
    public var rule: Rule
    /// What is wrong, for a person to read, in English.
    public var message: String
    /// The same sentence in Japanese.
    public var japanese: String

    /// A problem, with its sentence in English and in Japanese.
    public init(_ location: Location, _ rule: Rule, _ message: String, japanese: String) {
        self.location = location
        self.rule = rule
        self.message = message
        self.japanese = japanese
    }

    /// A problem with an English sentence only (the Japanese then repeats it).
    public init(_ location: Location, _ rule: Rule, _ message: String) {
        self.init(location, rule, message, japanese: message)
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String {
        language == .japanese ? japanese : message
    }

    public var description: String { message }

    /// Two problems are the same when they are at the same place, break the same rule and
    /// say the same thing; the Japanese is a rendering of the same sentence.
    public static func == (left: Self, right: Self) -> Bool {
        left.location == right.location && left.rule == right.rule && left.message == right.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(rule)
        hasher.combine(message)
    }
}

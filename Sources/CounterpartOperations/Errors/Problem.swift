/// One thing wrong with a value someone gave: which field, which rule, and a sentence.
/// Front ends word it their own way (the CLI names its flags, the board marks the field).
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The field as the operations layer names it (`headcount`, `from`, `affected`), or `nil`
    /// for the value as a whole.
    public var field: String?
    /// The rule broken, a stable token (`required`, `not-affected`, `at-least-one`…).
    public var rule: String
    /// What is wrong, in a sentence that names no front end's words.
    public var message: String
    /// The sentence in Japanese when it says more than the rule's general one (a planning
    /// rule broken by a substitute, with the rule's number); `nil` otherwise.
    public var japaneseMessage: String?

    /// A problem.
    public init(field: String?, rule: String, message: String, japanese: String? = nil) {
        self.field = field
        self.rule = rule
        self.message = message
        self.japaneseMessage = japanese
    }

    public var description: String { message }
}

import CounterpartCore

/// Why no plan can be made: the scenario is bad input for this roster.
public enum PlanningError: Error, Hashable, Sendable {
    /// Pins that break the planning rule on their own, with the index of each offending pin.
    case badPins([PinProblem])
    /// A scenario element that names something the roster lacks (checked before planning).
    case unknownReference(String)
}

/// A pin that breaks a rule by itself (FORMATS.md, "Pins").
public struct PinProblem: Hashable, Sendable, CustomStringConvertible {
    /// The position of the pin in the scenario.
    public var pin: Int
    /// What is wrong, naming the rule.
    public var message: String
    /// The same sentence in Japanese.
    public var japanese: String

    /// A problem of pin `pin`, in English and in Japanese.
    public init(pin: Int, message: String, japanese: String) {
        self.pin = pin
        self.message = message
        self.japanese = japanese
    }

    /// The sentence in `language`.
    public func message(in language: Language) -> String { language == .japanese ? japanese : message }

    public var description: String { message }
}

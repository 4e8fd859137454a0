import ArgumentParser
import CounterpartCore
import CounterpartOperations

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { try? self.init(argument) }
}

/// Vocabulary on the command line: the token or the Japanese label (`--category 給水`,
/// `--priority 緊急`, `--state 確定`); help lists both.
extension TypedVocabulary where Self: ExpressibleByArgument {
    public init?(argument: String) { self.init(tokenOrLabel: argument) }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) + allCases.map(\.japaneseLabel) }

    public static var defaultCompletionKind: CompletionKind { .list(allCases.map(\.rawValue)) }
}

extension JobCategory: ExpressibleByArgument {}
extension Priority: ExpressibleByArgument {}
extension HotlineRole: ExpressibleByArgument {}
extension AssignmentState: ExpressibleByArgument {}

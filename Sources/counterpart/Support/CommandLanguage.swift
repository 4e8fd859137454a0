import CounterpartCore
import Foundation

/// The language the command line speaks in this process: `--lang ja|en` anywhere on the
/// command line, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Decided
/// once, before the arguments are parsed, so that help texts, messages and reports all
/// speak it; `--lang` is taken out of the arguments the commands see.
enum CommandLanguage {
    /// The language decided at start-up.
    nonisolated(unsafe) private(set) static var current: Language = .english

    /// Decides the language from `arguments` (without the program's name) and `environment`,
    /// and gives back the arguments without `--lang VALUE` / `--lang=VALUE`. A value that is
    /// no language is left in place for the parser to refuse.
    static func decide(arguments: [String], environment: [String: String]) -> [String] {
        var chosen = Language(environment: environment)
        var kept: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                kept += arguments[index...]
                break
            }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(name: arguments[index + 1]) {
                chosen = language
                index += 2
                continue
            }
            if argument.hasPrefix("--lang="), let language = Language(name: String(argument.dropFirst(7))) {
                chosen = language
                index += 1
                continue
            }
            kept.append(argument)
            index += 1
        }
        current = chosen
        return kept
    }

    /// `japanese` or `english`, as the command line speaks.
    static func pick(_ japanese: String, _ english: String) -> String { current.pick(japanese, english) }
}

/// `japanese` or `english`, as the command line speaks: for help texts and messages.
func L(_ japanese: String, _ english: String) -> String { CommandLanguage.pick(japanese, english) }

import ArgumentParser
import CounterpartOperations

/// The one place where the operations layer's refusals become the command line's sentences:
/// its own words plus the commands and flags that help.
extension OperationsError {
    /// The sentence printed on standard error.
    var commandLineSentence: String {
        let japanese = CommandLanguage.current == .japanese
        let message = message(in: CommandLanguage.current)
        switch self {
        case .invalid(let problems): return problems.map(Self.commandLineSentence).joined(separator: "\n")
        case .unknownMember:
            return message
                + (japanese ? "（'counterpart roster contacts' で一覧できます）" : "; 'counterpart roster contacts' lists them")
        case .ambiguousMember: return message + (japanese ? "（--member）" : " with --member")
        case .noRoster:
            return message
                + (japanese
                    ? "'counterpart roster import FILE' で取り込んでください。"
                    : "; import one with 'counterpart roster import FILE'")
        case .peopleStillOut: return message + " (--force)"
        default: return message
        }
    }

    /// A problem worded with the flag that sets its field.
    static func commandLineSentence(_ problem: Problem) -> String {
        if CommandLanguage.current == .japanese {
            let flag = problem.field.map { " (--" + $0.kebabCased + ")" } ?? ""
            return problem.japanese + flag
        }
        switch (problem.field, problem.rule) {
        case ("name", "required"): return problem.message + " (--name)"
        case ("affected", "required"): return problem.message + " (--affected CODE)"
        case ("title", "required"): return problem.message + " (--title)"
        case ("label", "required"): return problem.message + " (--label)"
        case ("validHours", _): return problem.message + " (--valid-hours)"
        case ("rotationDays", _): return "--rotation-days must be between 1 and 366"
        default: return problem.message
        }
    }

    /// Prints the sentence and gives the bad-input exit code to throw.
    func reported() -> ExitCode {
        FileHandleOutput.standardError.write(commandLineSentence + "\n")
        return ExitStatus.badInput.exitCode
    }
}

extension String {
    /// `rotationDays` as its flag writes it: `rotation-days`.
    fileprivate var kebabCased: String {
        var out = ""
        for character in self {
            if character.isUppercase {
                out += "-" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}

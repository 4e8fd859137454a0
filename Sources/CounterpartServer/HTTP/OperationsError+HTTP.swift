import CounterpartCore
import CounterpartOperations
import Hummingbird

/// The one place where the operations layer's refusals become the server's answers: a code,
/// a status and a Japanese sentence (the English one is the layer's own).
extension APIError {
    /// The answer to `error`.
    init(_ error: OperationsError) {
        let japanese = error.japaneseMessage
        let english = error.message
        switch error {
        case .unknown(let id):
            self = .notFound(id.description)
        case .notAnID(let text, _):
            self = .notFound("「\(text)」")
        case .invalid(let problems):
            self = .invalid(problems.map(FieldProblem.init), status: .unprocessableContent)
        case .ambiguousMember:
            self = .invalid(
                [FieldProblem(field: "member", japanese: japanese, english: english)], status: .unprocessableContent)
        case .unknownGroup:
            self = .invalid(
                [FieldProblem(field: "group", japanese: japanese, english: english)], status: .unprocessableContent)
        case .unknownMember:
            self.init(.notFound, .notFound, japanese: japanese, english: english)
        case .notConcerned:
            self.init(.forbidden, .forbidden, japanese: japanese, english: english)
        case .incidentClosed, .requestCancelled, .illegalMove, .conflict, .noRoster, .heldPeopleBreakRules,
            .peopleStillOut:
            self.init(.conflict, .conflict, japanese: japanese, english: english)
        case .unavailable, .corrupt:
            self = .unavailable
        case .tooSoon:
            self.init(.tooManyRequests, .tooManyRequests, japanese: japanese, english: english)
        }
    }
}

extension APIError.FieldProblem {
    /// A problem of the operations layer, in both languages.
    init(_ problem: Problem) {
        self.init(field: problem.field, japanese: problem.japanese, english: problem.message)
    }
}

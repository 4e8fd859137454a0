/// Why an incident operation was refused; nothing was changed. Words for the hotline officer.
public enum OperationsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No record with this id.
    case unknown(RecordID)
    /// The text is not an id of the kind expected.
    case notAnID(String, expected: [RecordKind])
    /// The incident is closed.
    case incidentClosed(RecordID)
    /// The request breaks the rules (each problem a sentence).
    case badRequest([String])
    /// The request was cancelled already.
    case requestCancelled(RecordID)
    /// The answer does not fit the assignment's state.
    case illegalMove(RecordID, current: AssignmentState, move: AssignmentMove)
    /// The member is not in the roster.
    case unknownMember(String)
    /// The member is not among those who must acknowledge the item.
    case notConcerned(member: String, item: RecordID)
    /// No group with this id in the roster.
    case unknownGroup(String)
    /// The roster is needed and none is stored.
    case noRoster
    /// Confirmed people can no longer be kept by a plan (the roster changed under them).
    case heldPeopleBreakRules([String])

    public var description: String {
        switch self {
        case .unknown(let id):
            return "there is no \(id.kind.noun) \(id)"
        case .notAnID(let text, let kinds):
            let examples = kinds.map { "\($0.rawValue)12 (\($0.noun))" }.joined(separator: ", ")
            return "'\(text)' is not an id of the expected kind; ids look like \(examples)"
        case .incidentClosed(let id):
            return "incident \(id) is closed; nothing more can be added to it"
        case .badRequest(let problems):
            return problems.joined(separator: "\n")
        case .requestCancelled(let id):
            return "request \(id) was cancelled already"
        case .illegalMove(let id, let current, let move):
            let expected = move.source
            return "assignment \(id) is \(current) (\(current.japaneseLabel)); '\(move.rawValue)' needs an assignment that is \(expected) (\(expected.japaneseLabel))"
        case .unknownMember(let member):
            return "there is no hotline member '\(member)' in the stored roster; 'counterpart roster contacts' lists them"
        case .notConcerned(let member, let item):
            return "member \(member) is not among those who must acknowledge \(item); nothing recorded"
        case .unknownGroup(let group):
            return "there is no group '\(group)' in the stored roster"
        case .noRoster:
            return "no roster stored yet; import one with 'counterpart roster import FILE'"
        case .heldPeopleBreakRules(let problems):
            return "confirmed people can no longer be kept as they are (the roster changed?):\n" + problems.joined(separator: "\n")
        }
    }
}

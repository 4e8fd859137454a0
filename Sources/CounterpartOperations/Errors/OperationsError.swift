import CounterpartCore

/// Why an incident operation was refused; nothing was changed. Errors are data: each case
/// carries what a front end needs to word it (the CLI adds its commands and flags, the
/// server its status codes); ``message`` is a plain sentence naming no front end.
public enum OperationsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No record with this id.
    case unknown(RecordID)
    /// The text is not an id of the kind expected.
    case notAnID(String, expected: [RecordKind])
    /// The incident is closed.
    case incidentClosed(RecordID)
    /// Values break the rules, each problem naming its field.
    case invalid([Problem])
    /// The request was cancelled already.
    case requestCancelled(RecordID)
    /// The answer does not fit the assignment's state.
    case illegalMove(RecordID, current: AssignmentState, move: AssignmentMove)
    /// The record moved on meanwhile (another answer came first, or the incident kept
    /// changing while it was planned); nothing was changed.
    case conflict(String)
    /// The member is not in the roster.
    case unknownMember(String)
    /// The name given belongs to several members of the roster (listed, in roster order).
    case ambiguousMember(String, candidates: [HotlineMember])
    /// The member is not among those who must acknowledge the item.
    case notConcerned(member: String, item: RecordID)
    /// No group with this id in the roster.
    case unknownGroup(String)
    /// The roster is needed and none is stored.
    case noRoster
    /// Confirmed people can no longer be kept by a plan (the roster changed under them).
    case heldPeopleBreakRules([String])
    /// The incident still has people confirmed or away; closing it needs force.
    case peopleStillOut(RecordID, people: [RecordID])
    /// The store cannot be used now.
    case unavailable(String)
    /// A stored row cannot be read as what it should be.
    case corrupt(String)
    /// Done for this item too recently; it may be done again from `until` (a re-notification).
    case tooSoon(RecordID, until: Timestamp)

    /// The sentence for people, in the operations layer's own words.
    public var message: String {
        switch self {
        case .unknown(let id):
            return "there is no \(id.kind.noun) \(id)"
        case .notAnID(let text, let kinds):
            let examples = kinds.map { "\($0.rawValue)12 (\($0.noun))" }.joined(separator: ", ")
            return "'\(text)' is not an id of the expected kind; ids look like \(examples)"
        case .incidentClosed(let id):
            return "incident \(id) is closed; nothing more can be added to it"
        case .invalid(let problems):
            return problems.map(\.message).joined(separator: "\n")
        case .requestCancelled(let id):
            return "request \(id) was cancelled already"
        case .illegalMove(let id, let current, let move):
            let expected = move.source
            return
                "assignment \(id) is \(current) (\(current.japaneseLabel)); '\(move.rawValue)' needs an assignment that is \(expected) (\(expected.japaneseLabel))"
        case .conflict(let reason):
            return "\(reason); nothing was changed"
        case .unknownMember(let member):
            return "there is no hotline member '\(member)' in the stored roster"
        case .ambiguousMember(let name, let candidates):
            let listed = candidates.map { "\($0.id) (\($0.name), \($0.role.japaneseLabel), \($0.municipality))" }
            return "'\(name)' is the name of \(candidates.count) hotline members: "
                + listed.joined(separator: ", ") + "; give the id of the one meant"
        case .notConcerned(let member, let item):
            return "member \(member) is not among those who must acknowledge \(item); nothing recorded"
        case .unknownGroup(let group):
            return "there is no group '\(group)' in the stored roster"
        case .noRoster:
            return "no roster stored yet"
        case .heldPeopleBreakRules(let problems):
            return "confirmed people can no longer be kept as they are (the roster changed?):\n"
                + problems.joined(separator: "\n")
        case .peopleStillOut(let id, let people):
            return
                "incident \(id) still has \(people.count) people confirmed or away (\(people.map(\.description).joined(separator: ", "))); record their return first, or close it anyway"
        case .unavailable(let reason):
            return "the store cannot be used now: \(reason)"
        case .corrupt(let reason):
            return "a stored record cannot be read: \(reason); nothing was changed"
        case .tooSoon(let item, let until):
            return
                "\(item) was re-notified less than 10 minutes ago; it can be re-notified again from \(until.japanTime) (Japan time)"
        }
    }

    public var description: String { message }
}

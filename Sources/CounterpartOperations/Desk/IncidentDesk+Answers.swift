import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// One answer about one assignment, as a supporter gives it.
    public struct Answer: Hashable, Sendable {
        /// What is answered.
        public enum Action: Hashable, Sendable {
            /// Confirm, decline, dispatched or returned.
            case move(AssignmentMove)
            /// The supporter sends this other person of its own instead.
            case substitute(StaffID)
        }

        public var assignment: IncidentAssignment.ID
        public var action: Action
        /// Why, for the record (a decline's reason).
        public var reason: String?
        /// The state the answer was made against: when the assignment has moved on, a conflict.
        public var expecting: AssignmentState?
        /// With a decline: the person is unavailable on the assignment's days, in every
        /// request and incident, until lifted.
        public var marksUnavailable: Bool

        /// An answer.
        public init(
            _ assignment: IncidentAssignment.ID, _ action: Action, reason: String? = nil,
            expecting: AssignmentState? = nil,
            marksUnavailable: Bool = false
        ) {
            self.assignment = assignment
            self.action = action
            self.reason = reason
            self.expecting = expecting
            self.marksUnavailable = marksUnavailable
        }
    }

    /// What one answer changed.
    public struct AnswerOutcome: Hashable, Sendable {
        public var before: IncidentAssignment
        public var after: IncidentAssignment
        /// The person sent instead, when the answer was a substitution.
        public var substitute: IncidentAssignment?
        /// The unavailability declared with a decline.
        public var unavailability: Unavailability?
    }

    /// Records a supporter's answer about assignment `id` (confirm, decline) or a movement
    /// (dispatched, returned). States move only forward. With `expecting`, the answer holds
    /// only while the assignment is still in that state.
    /// - Throws: ``OperationsError/illegalMove(_:current:move:)`` when the move does not fit;
    ///   ``OperationsError/conflict(_:)`` when it is no longer in `expecting`.
    public func answer(
        _ id: IncidentAssignment.ID, _ move: AssignmentMove, reason: String?, expecting: AssignmentState? = nil,
        by actor: Agent
    ) async throws(OperationsError) -> (before: IncidentAssignment, after: IncidentAssignment) {
        let outcome = try await answer([Answer(id, .move(move), reason: reason, expecting: expecting)], by: actor)
        return (outcome[0].before, outcome[0].after)
    }

    /// Records several answers in one transaction, in order: all of them, or none when one is
    /// refused (the refusal names it).
    public func answer(_ answers: [Answer], by actor: Agent) async throws(OperationsError) -> [AnswerOutcome] {
        let stamp = stamp(by: actor)
        guard !answers.isEmpty else {
            throw .invalid([Problem(field: "answers", rule: "required", message: "name at least one assignment")])
        }
        guard Set(answers.map(\.assignment)).count == answers.count else {
            throw .invalid([Problem(field: "answers", rule: "duplicate", message: "an assignment is answered twice")])
        }
        return try await writing { rows in
            try answers.map { answer in try AnswerRules.apply(answer, rows: rows, stamp: stamp) }
        }
    }

    /// The assignments of incident `id`, in the order they were made.
    public func assignments(incident id: Incident.ID) async throws(OperationsError) -> [IncidentAssignment] {
        try await reading { rows in
            _ = try Self.incident(rows, id)
            return try Self.assignments(rows, id)
        }
    }

    /// Corrects a wrong state of assignment `id` back to an earlier one (`returned` typed for
    /// A3 instead of A30): recorded as a correction with its reason, never erased.
    /// - Throws: ``OperationsError/invalid(_:)`` for a state that is not earlier, or no reason.
    public func correct(_ id: IncidentAssignment.ID, to state: AssignmentState, reason: String, by actor: Agent)
        async throws(OperationsError) -> (before: IncidentAssignment, after: IncidentAssignment)
    {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let (before, incident) = try Self.assignment(rows, id)
            guard !reason.allSatisfy(\.isWhitespace) else {
                throw OperationsError.invalid([
                    Problem(field: "reason", rule: "required", message: "a correction needs its reason")
                ])
            }
            guard before.state.mayBeCorrected(to: state) else {
                throw OperationsError.invalid([
                    Problem(
                        field: "to", rule: "not-earlier",
                        message:
                            "\(id) is \(before.state) (\(before.state.japaneseLabel)); a correction goes back to an earlier state, not to \(state)",
                        japanese:
                            "\(id) は「\(before.state.japaneseLabel)」です。訂正では前の状態にだけ戻せます（「\(state.japaneseLabel)」には戻せません）。"
                    )
                ])
            }
            try rows.moveAssignment(id.number, from: before.state.rawValue, to: state.rawValue, reason: nil)
            try Self.record(
                rows, incident: incident, subject: id.description,
                "corrected: \(before.staff) for \(before.request) period \(before.period): \(before.state) → \(state) (\(reason))",
                kind: .assignmentAnswered, stamp: stamp)
            var after = before
            after.state = state
            return (before, after)
        }
    }
}

extension AssignmentState {
    /// Whether a correction may take an assignment from this state back to `earlier`: along
    /// proposed → confirmed → dispatched → returned, or an ended proposal back to proposed.
    func mayBeCorrected(to earlier: AssignmentState) -> Bool {
        let line: [AssignmentState] = [.proposed, .confirmed, .dispatched, .returned]
        if let from = line.firstIndex(of: self), let to = line.firstIndex(of: earlier) { return to < from }
        return earlier == .proposed && (self == .declined || self == .withdrawn || self == .cancelled)
    }
}

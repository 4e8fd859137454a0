import CounterpartCore

/// Where an assignment stands. It moves only forward:
/// proposed → confirmed → dispatched → returned, or proposed → declined; a proposal a
/// re-plan no longer needs is withdrawn; anything not yet over is cancelled with its request.
public enum AssignmentState: String, Sendable, CaseIterable, Comparable {
    /// Named by a plan; the supporter has not answered.
    case proposed
    /// The supporter confirmed the person: kept by every re-plan.
    case confirmed
    /// The supporter declined: that person is not proposed again for that request.
    case declined
    /// The person has left for the hit municipality.
    case dispatched
    /// The person is back.
    case returned
    /// A later plan no longer needed this proposal.
    case withdrawn
    /// The request was cancelled.
    case cancelled

    /// 日本語, for the hotline's printouts.
    public var japaneseLabel: String {
        switch self {
        case .proposed: return "提案"
        case .confirmed: return "確定"
        case .declined: return "辞退"
        case .dispatched: return "派遣中"
        case .returned: return "帰任"
        case .withdrawn: return "取下げ"
        case .cancelled: return "取消"
        }
    }

    /// Whether the person is held for the request: a re-plan keeps them (as a pin).
    public var isHeld: Bool { self == .confirmed || self == .dispatched || self == .returned }

    /// Whether nothing more can happen to it.
    public var isFinal: Bool { self == .declined || self == .returned || self == .withdrawn || self == .cancelled }

    public static func < (lhs: AssignmentState, rhs: AssignmentState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// An answer about an assignment, as given on the hotline.
public enum AssignmentMove: String, Sendable, CaseIterable {
    case confirm, decline, dispatched, returned

    /// The state the move leads to.
    public var target: AssignmentState {
        switch self {
        case .confirm: return .confirmed
        case .decline: return .declined
        case .dispatched: return .dispatched
        case .returned: return .returned
        }
    }

    /// The one state the move starts from.
    public var source: AssignmentState {
        switch self {
        case .confirm, .decline: return .proposed
        case .dispatched: return .confirmed
        case .returned: return .dispatched
        }
    }

    /// Whether an assignment in `state` may take this move.
    public func isAllowed(from state: AssignmentState) -> Bool { state == source }
}

extension AssignmentState: TypedVocabulary {}

import CounterpartCore

/// What a hotline member asks to do: one row of the table "Who may do what" of API.md, with
/// the record it touches when the answer depends on it. ``AccessPolicy`` decides.
public enum AccessAction: Hashable, Sendable {
    /// See an incident, its requests, plans, assignments and situation report.
    case see
    /// Open an incident.
    case open
    /// Close an incident.
    case close
    /// Extend an incident: add affected municipalities.
    case extend
    /// Plan a new version.
    case plan
    /// File a request of municipality `municipality`.
    case fileRequest(municipality: LocalGovernmentCode)
    /// Change a request of municipality `municipality`.
    case changeRequest(municipality: LocalGovernmentCode)
    /// Cancel a request of municipality `municipality`.
    case cancelRequest(municipality: LocalGovernmentCode)
    /// Answer an assignment of a person of municipality `person` (the supplier) for a request
    /// of municipality `request`. The person's municipality answers for its own people even
    /// when it is also the requesting one: the table's "only for its own people" wins.
    case answer(Answer, person: LocalGovernmentCode, request: LocalGovernmentCode)
    /// Correct an assignment's state back to an earlier one (a state typed wrong). Not a row
    /// of the table: it takes back an answer whoever gave it, so it is no municipality's to
    /// make; headquarters only.
    case correctAssignment
    /// Acknowledge an item addressed to member `addressee`, recorded as read by them: only
    /// that member themselves, headquarters included (nobody acknowledges for another). Whether
    /// the item is addressed to them at all is known from the stored acknowledgements: the
    /// desk refuses the others (``OperationsError/notConcerned(member:item:)``).
    case acknowledge(addressedTo: MemberID)
    /// Post a notice (to all, to a group, or about an incident).
    case postNotice
    /// See the follow-up list (whom to phone about what is unread).
    case followup
    /// Re-notify one municipality's unread members (再通知) through LINE WORKS and e-mail. Not
    /// a row of API.md's table: it goes with the follow-up list, headquarters only.
    case renotify
    /// Record that a member was told by phone about items addressed to them (電話で確認),
    /// as read by them, recorded by the headquarters member who phoned. Not a row of API.md's
    /// table: it goes with the follow-up list, headquarters only.
    case recordPhoneConfirmation
    /// See the contact sheet (連絡網).
    case contactSheet
    /// Import a roster of `scope="full"`.
    case importFullRoster
    /// Import a roster of `scope="municipality"` for municipality `municipality`.
    case importMunicipalityRoster(LocalGovernmentCode)
    /// Invite a member to become a user, or give them a token for scripts (an invitation
    /// that needs no code).
    case inviteAccount
    /// Revoke a member's account: every session and token.
    case revokeAccount
    /// Declare a person of municipality `person` unavailable (their own home hit, ill).
    ///
    /// Not a row of the table. Read as the answer row's "only for its own people": a supporter
    /// declines a person *and* marks them unavailable in one answer, so the person's own
    /// municipality may do it alone too; and headquarters, which may do everything an answer
    /// does. Not about an incident: an unavailability holds in every incident.
    case declareUnavailable(person: LocalGovernmentCode)
    /// Lift the unavailability of a person of municipality `person`: the same members as
    /// ``declareUnavailable(person:)``, who may take back what they declared.
    case liftUnavailability(person: LocalGovernmentCode)

    /// A supporter's answer about an assignment.
    public enum Answer: String, Hashable, Sendable, CaseIterable {
        case confirm, decline, substitute, dispatched, returned

        /// The answer the desk is given: a move, or a substitution.
        public init(_ action: IncidentDesk.Answer.Action) {
            switch action {
            case .move(.confirm): self = .confirm
            case .move(.decline): self = .decline
            case .move(.dispatched): self = .dispatched
            case .move(.returned): self = .returned
            case .substitute: self = .substitute
            }
        }
    }
}

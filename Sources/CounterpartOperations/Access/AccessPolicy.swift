import CounterpartCore

/// Who may do what: the table of API.md as one pure function, the one place where every edge
/// (the server's handlers, its pages, its event stream) asks. Handlers never decide.
///
/// Words as API.md has them: **HQ** is a member with a headquarters role or of the
/// prefecture's municipality; a member **belongs to** the municipality of their roster entry;
/// a member is **concerned with** an incident when ``Audience/concerned(with:in:)`` names
/// them for its affected municipalities (HQ, the affected municipalities, and every
/// municipality of a group that holds one of their pairings). The four roles of a
/// municipality have the same rights: the table tells municipalities apart, not roles.
public enum AccessPolicy {
    /// Whether `member` may do `action`, about `incident` when the action is about one.
    ///
    /// With an incident, a member not concerned with it gets ``AccessDecision/notFound``
    /// before any other answer, whatever the action: the incident does not exist for them.
    /// Then the table. `incident` is `nil` for what is about no stored incident: opening one,
    /// a notice or follow-up list of no incident, the contact sheet, roster imports,
    /// accounts, unavailability. `member` is the roster's entry of a signed-in member (who is
    /// signed in is not decided here: a member gone from the roster signs in no more).
    ///
    /// Complexity: O(*m* + *a*) for *m* hotline members and *a* affected municipalities.
    public static func decide(
        _ action: AccessAction, by member: HotlineMember, incident: Incident?, roster: Roster
    ) -> AccessDecision {
        if let incident, !isConcerned(member, with: incident, in: roster) { return .notFound }
        let isHeadquarters = member.isHeadquarters(in: roster)
        switch action {
        case .see, .contactSheet:
            return .allowed
        case .open, .close, .extend, .plan, .correctAssignment, .postNotice, .followup, .renotify,
            .recordPhoneConfirmation, .importFullRoster,
            .inviteAccount, .revokeAccount:
            return allowed(if: isHeadquarters, else: .headquartersOnly)
        case .fileRequest(let municipality), .changeRequest(let municipality), .cancelRequest(let municipality):
            return allowed(
                if: isHeadquarters || member.municipality == municipality, else: .requestOfAnotherMunicipality)
        case .answer(_, let person, _), .declareUnavailable(let person), .liftUnavailability(let person):
            return allowed(if: isHeadquarters || member.municipality == person, else: .personOfAnotherMunicipality)
        case .acknowledge(let addressee):
            return allowed(if: member.id == addressee, else: .addressedToAnotherMember)
        case .importMunicipalityRoster(let municipality):
            return allowed(
                if: isHeadquarters || member.municipality == municipality, else: .rosterOfAnotherMunicipality)
        }
    }

    /// Whether `member` is concerned with `incident`: whether ``Audience/concerned(with:in:)``
    /// names them for its affected municipalities. What lists of incidents and the event
    /// stream filter by. Complexity: O(*m* + *a*).
    public static func isConcerned(_ member: HotlineMember, with incident: Incident, in roster: Roster) -> Bool {
        Audience.concerned(with: incident.affected, in: roster).contains { $0.id == member.id }
    }

    /// `.allowed` when `condition` holds, else refused for `refusal`.
    private static func allowed(if condition: Bool, else refusal: AccessRefusal) -> AccessDecision {
        condition ? .allowed : .forbidden(refusal)
    }
}

import CounterpartCore
import CounterpartOperations
import Testing

/// The table "Who may do what" of API.md, written out by hand: for each action, the decision
/// for a member of each place — headquarters, 宇和島 (requesting), 松山 (supplier), 東温
/// (same group, neither), 今治 (another group, not concerned). Every role of a place gets the
/// same answer: the table tells places apart, not roles.
enum AccessMatrix {
    typealias F = OperationsFixtures
    typealias A = AccessFixtures

    /// What a row asks: one action for everyone, or each member's acknowledgement of an item
    /// addressed to themselves.
    enum Act: Sendable {
        case action(AccessAction)
        case acknowledgeOwnItem

        func action(for member: HotlineMember) -> AccessAction {
            switch self {
            case .action(let action): return action
            case .acknowledgeOwnItem: return .acknowledge(addressedTo: member.id)
            }
        }
    }

    /// Whether the action is about the incident (which hits 宇和島) or about no incident.
    enum About: String, Sendable {
        case incident
        case noIncident = "no incident"
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var act: Act
        var about: About
        /// The decisions for headquarters, 宇和島, 松山, 東温, 今治, in that order.
        var expected: [AccessDecision]

        var incident: Incident? { about == .incident ? A.incident : nil }

        func expected(at place: A.Place) -> AccessDecision { expected[place.rawValue] }

        var testDescription: String {
            switch act {
            case .action(let action): return "\(action), \(about.rawValue)"
            case .acknowledgeOwnItem: return "acknowledge an item addressed to oneself, \(about.rawValue)"
            }
        }
    }

    static let ok = AccessDecision.allowed
    static let hidden = AccessDecision.notFound
    static let hqOnly = AccessDecision.forbidden(.headquartersOnly)
    static let notTheirRequest = AccessDecision.forbidden(.requestOfAnotherMunicipality)
    static let notTheirPerson = AccessDecision.forbidden(.personOfAnotherMunicipality)
    static let notThem = AccessDecision.forbidden(.addressedToAnotherMember)
    static let notTheirRoster = AccessDecision.forbidden(.rosterOfAnotherMunicipality)

    static func row(_ action: AccessAction, _ about: About, _ expected: [AccessDecision]) -> Row {
        precondition(expected.count == A.Place.allCases.count, "one decision per place")
        return Row(act: .action(action), about: about, expected: expected)
    }

    // Columns:        HQ, 宇和島, 松山, 東温, 今治
    static let rows: [Row] =
        [
            row(.see, .incident, [ok, ok, ok, ok, hidden]),
            row(.open, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            row(.close, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            row(.extend, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            row(.plan, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            // A request of 宇和島, the requesting municipality.
            row(.fileRequest(municipality: F.uwajima), .incident, [ok, ok, notTheirRequest, notTheirRequest, hidden]),
            row(
                .changeRequest(municipality: F.uwajima), .incident, [ok, ok, notTheirRequest, notTheirRequest, hidden]),
            row(
                .cancelRequest(municipality: F.uwajima), .incident, [ok, ok, notTheirRequest, notTheirRequest, hidden]),
            // A request of 松山: 松山's members are then those of the requesting municipality
            // (whether 松山 is hit is the desk's rule, not a permission).
            row(
                .fileRequest(municipality: F.matsuyama), .incident, [ok, notTheirRequest, ok, notTheirRequest, hidden]),
            // A request of 今治, by 今治's own members: the incident does not exist for them.
            row(
                .fileRequest(municipality: A.imabari), .incident,
                [ok, notTheirRequest, notTheirRequest, notTheirRequest, hidden]),
        ]
        // Every answer about a person of 松山 (the supplier) for a request of 宇和島.
        + AccessAction.Answer.allCases.map { answer in
            row(
                .answer(answer, person: F.matsuyama, request: F.uwajima), .incident,
                [ok, notTheirPerson, ok, notTheirPerson, hidden])
        }
        + [
            // A person of 東温 proposed as secondary: 東温 answers, 松山 no longer may.
            row(
                .answer(.confirm, person: F.toon, request: F.uwajima), .incident,
                [ok, notTheirPerson, notTheirPerson, ok, hidden]),
            row(
                .answer(.decline, person: A.imabari, request: F.uwajima), .incident,
                [ok, notTheirPerson, notTheirPerson, notTheirPerson, hidden]),
            // A person of 宇和島 for its own request: its members answer for their own people.
            row(
                .answer(.dispatched, person: F.uwajima, request: F.uwajima), .incident,
                [ok, ok, notTheirPerson, notTheirPerson, hidden]),
            row(.correctAssignment, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            Row(act: .acknowledgeOwnItem, about: .incident, expected: [ok, ok, ok, ok, hidden]),
            row(
                .acknowledge(addressedTo: A.otherAddressee.id), .incident, [notThem, notThem, notThem, notThem, hidden]),
            // Items of no incident: notices to all or to a group.
            Row(act: .acknowledgeOwnItem, about: .noIncident, expected: [ok, ok, ok, ok, ok]),
            row(
                .acknowledge(addressedTo: A.otherAddressee.id), .noIncident,
                [notThem, notThem, notThem, notThem, notThem]),
            row(.postNotice, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            row(.postNotice, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            row(.followup, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            row(.followup, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            row(.renotify, .incident, [ok, hqOnly, hqOnly, hqOnly, hidden]),
            row(.recordPhoneConfirmation, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            row(.contactSheet, .noIncident, [ok, ok, ok, ok, ok]),
            row(.importFullRoster, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            row(
                .importMunicipalityRoster(F.uwajima), .noIncident,
                [ok, ok, notTheirRoster, notTheirRoster, notTheirRoster]),
            row(
                .importMunicipalityRoster(A.imabari), .noIncident,
                [ok, notTheirRoster, notTheirRoster, notTheirRoster, ok]),
            row(.inviteAccount, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            row(.revokeAccount, .noIncident, [ok, hqOnly, hqOnly, hqOnly, hqOnly]),
            // Unavailability holds in every incident: about none, so 今治 is answered by the table.
            row(
                .declareUnavailable(person: F.matsuyama), .noIncident,
                [ok, notTheirPerson, ok, notTheirPerson, notTheirPerson]),
            row(
                .liftUnavailability(person: F.matsuyama), .noIncident,
                [ok, notTheirPerson, ok, notTheirPerson, notTheirPerson]),
            row(
                .declareUnavailable(person: A.imabari), .noIncident,
                [ok, notTheirPerson, notTheirPerson, notTheirPerson, ok]),
            row(
                .liftUnavailability(person: A.imabari), .noIncident,
                [ok, notTheirPerson, notTheirPerson, notTheirPerson, ok]),
        ]

    /// The kind of an action, by name: an exhaustive switch, so that a new action does not
    /// compile here until the matrix has thought of it.
    static func kind(_ action: AccessAction) -> String {
        switch action {
        case .see: return "see"
        case .open: return "open"
        case .close: return "close"
        case .extend: return "extend"
        case .plan: return "plan"
        case .fileRequest: return "fileRequest"
        case .changeRequest: return "changeRequest"
        case .cancelRequest: return "cancelRequest"
        case .answer: return "answer"
        case .correctAssignment: return "correctAssignment"
        case .acknowledge: return "acknowledge"
        case .postNotice: return "postNotice"
        case .followup: return "followup"
        case .renotify: return "renotify"
        case .recordPhoneConfirmation: return "recordPhoneConfirmation"
        case .contactSheet: return "contactSheet"
        case .importFullRoster: return "importFullRoster"
        case .importMunicipalityRoster: return "importMunicipalityRoster"
        case .inviteAccount: return "inviteAccount"
        case .revokeAccount: return "revokeAccount"
        case .declareUnavailable: return "declareUnavailable"
        case .liftUnavailability: return "liftUnavailability"
        }
    }

    /// Every kind of ``AccessAction``, by hand.
    static let allKinds: Set<String> = [
        "see", "open", "close", "extend", "plan", "fileRequest", "changeRequest", "cancelRequest", "answer",
        "correctAssignment", "acknowledge", "postNotice", "followup", "renotify", "recordPhoneConfirmation",
        "contactSheet", "importFullRoster",
        "importMunicipalityRoster", "inviteAccount", "revokeAccount", "declareUnavailable", "liftUnavailability",
    ]
}

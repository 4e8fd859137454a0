import CounterpartCore
import CounterpartOperations
import CounterpartReports
import CounterpartStore
import Hummingbird
import Logging

/// The hotline's HTTP API (API.md) over the desks: every handler reads its input, asks the
/// ``Caller`` (the permission table, once) and calls the desk; nothing else decides.
public struct HotlineAPI: Sendable {
    /// The incident desk every handler calls.
    let desk: IncidentDesk
    /// Accounts: sign-in, sessions, tokens.
    let accounts: AccountDesk
    /// The SQLite store roster uploads are imported into.
    let store: RosterStore
    /// bcrypt, off the event loops.
    let passwords: PasswordHashing
    /// Live events.
    let events: EventHub
    /// Whether the server speaks TLS itself (cookies are `Secure` then).
    let isSecure: Bool
    /// Incidents and views kept while the record stands still.
    let cache = RecordCache()

    /// Who is asking.
    var gate: Gate { Gate(accounts: accounts, desk: desk) }

    /// An API over `store` (its incidents, accounts and roster), with the time of `clock`.
    public init(
        store: RosterStore, clock: DeskClock, passwords: PasswordHashing, events: EventHub, isSecure: Bool
    ) {
        self.desk = IncidentDesk(storage: store, clock: clock)
        self.accounts = AccountDesk(storage: store, clock: clock, digest: SecretDigest { SHA256.hexDigest(of: $0) })
        self.store = store
        self.passwords = passwords
        self.events = events
        self.isSecure = isSecure
    }

    /// The desk acting for a request from `context`: its changes record the remote address.
    func desk(_ context: HotlineRequestContext) -> IncidentDesk { desk.from(context.remoteAddress) }

    /// The incident `text` names when `caller` may see it; 404 otherwise (as if none).
    func incident(_ text: String, for caller: Caller) async throws(APIError) -> Incident {
        try await incident(try InputValues.id(text, as: Incident.self), for: caller)
    }

    /// The incident of record `id`, when `caller` may see it; 404 otherwise.
    func incident(_ id: Incident.ID, for caller: Caller) async throws(APIError) -> Incident {
        if let kept = cache.incident(id, at: caller.recordPosition) {
            try caller.require(.see, incident: kept)
            return kept
        }
        let incident = try await operations { () throws(OperationsError) in try await desk.incident(id) }
        cache.keep(incident, at: caller.recordPosition)
        try caller.require(.see, incident: incident)
        return incident
    }

    /// Names of the roster the caller sees.
    func names(_ caller: Caller) -> RosterNames { RosterNames(roster: caller.roster) }

    /// The path parameter `name`.
    static func parameter(_ context: HotlineRequestContext, _ name: String) -> String {
        context.parameters.get(name) ?? ""
    }
}

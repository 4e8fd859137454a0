import CounterpartCore
import CounterpartOperations

/// A signed-in hotline member making one request: who they are in the roster as it stands,
/// and how they proved it. Every action they ask for goes through ``require(_:incident:)``.
struct Caller: Sendable {
    /// How the caller proved who they are.
    enum Credential: Sendable, Hashable {
        /// A session cookie: state-changing requests need its CSRF token.
        case session(id: String, csrfToken: String)
        /// `Authorization: Bearer`: scripts, no CSRF token.
        case bearer
    }

    let member: HotlineMember
    let roster: Roster
    let credential: Credential
    /// The record's position when the caller was recognized: answers cached at it are current.
    var recordPosition: Int = 0

    /// Who the record names for the caller's changes.
    var agent: Agent { .member(member.id) }

    /// Whether the caller is headquarters.
    var isHeadquarters: Bool {
        member.role.isHeadquarters || member.municipality == roster.prefecture
    }

    /// Goes on when the permission table of API.md allows `action`; else throws the answer:
    /// 404 when the caller is not concerned with `incident`, 403 when the table refuses.
    func require(_ action: AccessAction, incident: Incident? = nil) throws(APIError) {
        switch AccessPolicy.decide(action, by: member, incident: incident, roster: roster) {
        case .allowed: return
        case .notFound: throw APIError.notFound(incident.map { $0.id.description })
        case .forbidden(let refusal):
            throw APIError(.forbidden, .forbidden, japanese: refusal.japanese, english: refusal.english)
        }
    }

    /// Whether the caller may see `incident` at all.
    func isConcerned(with incident: Incident) -> Bool {
        AccessPolicy.isConcerned(member, with: incident, in: roster)
    }
}

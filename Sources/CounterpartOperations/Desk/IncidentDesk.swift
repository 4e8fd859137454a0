import CounterpartCore
import CounterpartStorage

/// The incident workflow as one service: every rule of opening, filing, planning,
/// answering, acknowledging and reporting lives here, over any ``IncidentStorage``. The
/// command line and the server are thin front ends over the same desk.
///
/// Every change is one write transaction: all of it is stored, or nothing. Answers compare
/// and set (a move names the state it starts from); plans are made outside the write and
/// stored only when what they were made from is unchanged.
public struct IncidentDesk: StorageDesk {
    /// Where the records live.
    public let storage: any IncidentStorage
    /// Where the time comes from.
    public let clock: DeskClock
    /// The remote address the changes come from (a server's client), written with every
    /// event this desk records; `nil` at the command line. See ``from(_:)``.
    public var origin: String?

    /// A desk over `storage`, reading the time from `clock`.
    public init(storage: any IncidentStorage, clock: DeskClock) {
        self.storage = storage
        self.clock = clock
    }

    /// This desk, recording every change it makes as coming from `origin` (a remote address).
    public func from(_ origin: String?) -> IncidentDesk {
        var desk = self
        desk.origin = origin
        return desk
    }

    static func operationsError(_ error: any Error) -> OperationsError {
        switch error {
        case let error as OperationsError: return error
        case StorageError.unavailable(let reason): return .unavailable(reason)
        case StorageError.conflict(let reason): return .conflict(reason)
        case StorageError.refused(let reason):
            return .invalid([Problem(field: nil, rule: "stored-rule", message: reason)])
        case StorageError.corrupt(let reason): return .corrupt(reason)
        default: return .unavailable(String(describing: error))
        }
    }

    // MARK: - Steps every operation shares

    /// The roster as it stands; refused without one.
    static func requireRoster(_ rows: any StorageReading) throws -> Roster {
        guard let stored = try rows.currentRoster() else { throw OperationsError.noRoster }
        return stored.roster
    }

    /// Incident `id`, refused when there is none.
    static func incident(_ rows: any StorageReading, _ id: Incident.ID) throws -> Incident {
        guard let row = try rows.incident(id.number) else { throw OperationsError.unknown(id.recordID) }
        return try StoredRows.incident(row)
    }

    /// Incident `id`, refused when there is none or it is closed.
    static func requireOpen(_ rows: any StorageReading, _ id: Incident.ID) throws -> Incident {
        let incident = try incident(rows, id)
        guard incident.isOpen else { throw OperationsError.incidentClosed(incident.id.recordID) }
        return incident
    }

    static func requests(_ rows: any StorageReading, _ id: Incident.ID) throws -> [IncidentRequest] {
        try rows.requests(incident: id.number).map { row throws(OperationsError) in try StoredRows.request(row) }
    }

    static func request(_ rows: any StorageReading, _ id: IncidentRequest.ID) throws -> IncidentRequest {
        guard let row = try rows.request(id.number) else { throw OperationsError.unknown(id.recordID) }
        return try StoredRows.request(row)
    }

    static func assignments(_ rows: any StorageReading, _ id: Incident.ID) throws -> [IncidentAssignment] {
        try rows.assignments(incident: id.number).map { row throws(OperationsError) in try StoredRows.assignment(row) }
    }

    static func assignment(_ rows: any StorageReading, _ id: IncidentAssignment.ID) throws -> (
        IncidentAssignment, Incident.ID
    ) {
        guard let row = try rows.assignment(id.number) else { throw OperationsError.unknown(id.recordID) }
        return (try StoredRows.assignment(row), Incident.ID(row.incident))
    }

    /// Writes one line of the permanent record, of kind `kind` (`nil` for a change that is
    /// not streamed), from the stamp's origin.
    static func record(
        _ rows: any StorageWriting, incident: Incident.ID?, subject: String, _ text: String, kind: EventKind?,
        stamp: Stamp
    ) throws {
        try rows.appendEvent(
            EventRow(
                id: 0, incident: incident?.number, at: stamp.time.description, actor: stamp.actor,
                subject: subject, text: text, isClockFixed: stamp.isClockFixed, kind: kind?.rawValue,
                origin: stamp.origin))
    }

    /// Makes `members` owe an acknowledgement of `item`.
    static func requireAcknowledgement(
        _ rows: any StorageWriting, item: RecordID, incident: Incident.ID?, subject: String,
        members: [HotlineMember], since: Timestamp
    ) throws {
        try rows.insertAcknowledgements(
            members.map { member in
                AcknowledgementRow(
                    item: item.description, incident: incident?.number, member: member.id.rawValue,
                    municipality: member.municipality.description, subject: subject, dueSince: since.description)
            })
    }
}

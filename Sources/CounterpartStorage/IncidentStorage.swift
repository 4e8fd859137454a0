import CounterpartCore

/// The roster as it stands and the revision that made it.
public struct StoredRoster: Sendable {
    /// The revision's number (1, 2, …).
    public var revision: Int
    /// The roster right after it.
    public var roster: Roster

    /// A stored roster.
    public init(revision: Int, roster: Roster) {
        self.revision = revision
        self.roster = roster
    }
}

/// Where incident operations keep their rows: transactions, rows in and out, nothing else.
/// Every rule lives in the operations layer above; a backend holds only its queries and row
/// mapping. Errors thrown by a transaction's body pass through unchanged; a backend's own
/// failures are ``StorageError``s.
public protocol IncidentStorage: Sendable {
    /// Runs `body` on one consistent snapshot; it may run beside a write.
    /// - Throws: ``StorageError``, or what `body` throws.
    func read<Value: Sendable>(_ body: @Sendable (any StorageReading) throws -> Value) async throws -> Value

    /// Runs `body` in one write transaction: everything it wrote is kept, or nothing when it
    /// throws.
    /// - Throws: ``StorageError``, or what `body` throws.
    func write<Value: Sendable>(_ body: @Sendable (any StorageWriting) throws -> Value) async throws -> Value
}

/// What a transaction can read. Lists come in id order; `nil` means no such row.
public protocol StorageReading {
    /// The current roster, or `nil` before the first import.
    func currentRoster() throws -> StoredRoster?
    /// Every incident, oldest first.
    func incidents() throws -> [IncidentRow]
    func incident(_ id: Int) throws -> IncidentRow?
    /// An incident's requests, cancelled ones included.
    func requests(incident: Int) throws -> [RequestRow]
    func request(_ id: Int) throws -> RequestRow?
    /// The ids of every cancelled request.
    func cancelledRequests() throws -> Set<Int>
    func assignments(incident: Int) throws -> [AssignmentRow]
    /// The assignments held (confirmed or dispatched) in every open incident but `incident`.
    func heldAssignments(otherThan incident: Int) throws -> [AssignmentRow]
    func assignment(_ id: Int) throws -> AssignmentRow?
    /// The highest-numbered plan version of an incident.
    func latestPlanVersion(incident: Int) throws -> PlanVersionRow?
    func planVersion(incident: Int, number: Int) throws -> PlanVersionRow?
    func planVersion(_ id: Int) throws -> PlanVersionRow?
    func shortfalls(planVersion: Int) throws -> [ShortfallRow]
    func acknowledgement(item: String, member: String) throws -> AcknowledgementRow?
    /// Acknowledgements not yet given, of one incident or of all (notices outside incidents
    /// included), in the order they became due.
    func unacknowledged(incident: Int?) throws -> [AcknowledgementRow]
    /// Acknowledgements not yet given of the incidents `incidents`, and of items outside any
    /// incident when `includingOutside`, in the order they became due.
    func unacknowledged(among incidents: [Int], includingOutside: Bool) throws -> [AcknowledgementRow]
    func notice(_ id: Int) throws -> NoticeRow?
    /// Every declared unavailability, lifted ones included, oldest first.
    func unavailabilities() throws -> [UnavailabilityRow]
    /// Every notice, of every incident and of none.
    func notices() throws -> [NoticeRow]
    /// Every acknowledgement of one item (`N2`), due or given, in the order they became due.
    func acknowledgements(item: String) throws -> [AcknowledgementRow]
    /// The latest `limit` events of an incident, newest first.
    func events(incident: Int, limit: Int) throws -> [EventRow]
    /// The latest `limit` events about `subject` (a member id, `U3`), newest first.
    func events(subject: String, limit: Int) throws -> [EventRow]
    /// At most `limit` events whose id is greater than `id`, of every incident and of none,
    /// oldest first: what a live stream resumed after event `id` missed.
    func events(after id: Int, limit: Int) throws -> [EventRow]
    /// The id of the latest event, 0 when there is none.
    func latestEventID() throws -> Int

    // MARK: Accounts

    func account(member: String) throws -> AccountRow?
    /// A member's invitations, oldest first.
    func invitations(member: String) throws -> [InvitationRow]
    /// The token whose SHA-256 is `hash`, revoked or not.
    func accessToken(hash: String) throws -> AccessTokenRow?
    /// A member's tokens, revoked ones included, oldest first.
    func accessTokens(member: String) throws -> [AccessTokenRow]
    /// The session whose id's SHA-256 is `hash`, ended or not.
    func session(hash: String) throws -> SessionRow?
    /// A member's sessions, ended ones included, oldest first.
    func sessions(member: String) throws -> [SessionRow]

    // MARK: Notifications

    /// The id of the last event of the record the notification outbox was filled from; `nil`
    /// before the outbox was first filled.
    func notificationCursor() throws -> Int?
    /// At most `limit` messages of `channels` not yet delivered nor given up, oldest first.
    func pendingNotifications(channels: [String], limit: Int) throws -> [NotificationRow]
    /// At most `limit` messages whose id is greater than `id`, sent or not, oldest first.
    func notifications(after id: Int, limit: Int) throws -> [NotificationRow]
}

/// What a write transaction can change. Inserts return the new row's id.
public protocol StorageWriting: StorageReading {
    func insertIncident(_ row: IncidentRow) throws -> Int
    func closeIncident(_ id: Int, at: String, by: String) throws
    /// Adds hit municipalities after those an incident has.
    func addAffected(_ codes: [String], to incident: Int) throws
    func insertRequest(_ row: RequestRow) throws -> Int
    /// Replaces what a change may alter: municipality, category, headcount, days, priority, note.
    func updateRequest(_ row: RequestRow) throws
    func cancelRequest(_ id: Int) throws
    /// - Throws: ``StorageError/conflict(_:)`` when the incident has that version number already.
    func insertPlanVersion(_ row: PlanVersionRow, shortfalls: [ShortfallRow]) throws -> Int
    func insertAssignment(_ row: AssignmentRow) throws -> Int
    func updateAssignmentFigures(_ id: Int, tier: String, distanceKm: Int, dayFrom: String, dayTo: String) throws
    /// Moves an assignment from state `expected` to `state`, keeping the old reason when `reason` is nil.
    /// - Throws: ``StorageError/conflict(_:)`` when it is no longer in `expected`.
    func moveAssignment(_ id: Int, from expected: String, to state: String, reason: String?) throws
    func insertAcknowledgements(_ rows: [AcknowledgementRow]) throws
    /// Marks one due acknowledgement as given; `false` when it was given already.
    func markAcknowledged(item: String, member: String, at: String, by: String) throws -> Bool
    func insertNotice(_ row: NoticeRow) throws -> Int
    func appendEvent(_ row: EventRow) throws
    func insertUnavailability(_ row: UnavailabilityRow) throws -> Int
    /// Marks an unavailability as lifted; `false` when it was lifted already.
    func liftUnavailability(_ id: Int, at: String, by: String) throws -> Bool

    // MARK: Accounts

    /// Makes the member's account when there is none yet; `false` when there was one.
    func openAccount(member: String, at: String) throws -> Bool
    /// Sets the password's hash; `false` when the member has no account.
    func setPasswordHash(member: String, hash: String, at: String) throws -> Bool
    /// Sets the count of failed sign-ins and when the window of that count began; `false`
    /// when the member has no account.
    func setSignInFailures(member: String, count: Int, since: String?) throws -> Bool
    func insertInvitation(_ row: InvitationRow) throws -> Int
    /// Marks an invitation used, only while it is neither used nor ended; `false` otherwise.
    func useInvitation(_ id: Int, at: String) throws -> Bool
    /// Ends every invitation of the member that is neither used nor ended; how many.
    func endInvitations(member: String, at: String) throws -> Int
    /// - Throws: ``StorageError/conflict(_:)`` when a token has that hash already.
    func insertAccessToken(_ row: AccessTokenRow) throws -> Int
    /// Revokes every token of the member not yet revoked; how many.
    func revokeAccessTokens(member: String, at: String) throws -> Int
    /// - Throws: ``StorageError/conflict(_:)`` when a session has that id already.
    func insertSession(_ row: SessionRow) throws
    /// Notes that a session was used; `false` when there is none or it has ended.
    func touchSession(hash: String, at: String) throws -> Bool
    /// Ends one session; `false` when there is none or it has ended already.
    func endSession(hash: String, at: String) throws -> Bool
    /// Ends every session of the member not yet ended; how many.
    func endSessions(member: String, at: String) throws -> Int

    // MARK: Notifications

    /// Queues messages, leaving out each one already queued for the same event, channel and
    /// destination; how many were queued.
    func insertNotifications(_ rows: [NotificationRow]) throws -> Int
    /// Moves the outbox's cursor to event `id` (never back).
    func setNotificationCursor(_ id: Int) throws
    /// Marks a pending message delivered; `false` when it was not pending.
    func markNotificationDelivered(_ id: Int, at: String) throws -> Bool
    /// Notes a failed try of a pending message (one more attempt), given up when `abandonedAt`
    /// is set; `false` when it was not pending.
    func noteNotificationFailure(_ id: Int, error: String, abandonedAt: String?) throws -> Bool
}

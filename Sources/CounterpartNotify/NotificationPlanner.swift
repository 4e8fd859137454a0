import CounterpartCore
import CounterpartOperations
import CounterpartStorage

/// Fills the outbox from the permanent record, by event id: reads the events after the
/// outbox's cursor, turns those that tell news (a request filed, a plan version stored, a
/// notice posted, a re-notification) into messages (``NotificationRouter``), and queues them
/// and moves the cursor in one transaction. A message is unique per event, channel and
/// destination, so an event read twice (two servers, a crash before the cursor moved) is
/// never queued twice.
///
/// Reading the record rather than being called by each change is what lets changes made at
/// the command line, or by another server on the same database, be notified too, and leaves
/// every desk as it is. The first fill of a store starts at its latest event: what happened
/// before notifications were configured is not posted.
public struct NotificationPlanner: Sendable {
    public let storage: any IncidentStorage
    public let configuration: NotificationConfiguration
    public let clock: DeskClock
    var desk: IncidentDesk { IncidentDesk(storage: storage, clock: clock) }

    /// Events read at once.
    public static let pageSize = 200

    public init(storage: any IncidentStorage, configuration: NotificationConfiguration, clock: DeskClock) {
        self.storage = storage
        self.configuration = configuration
        self.clock = clock
    }

    /// Queues the messages of the events recorded since the last fill, a page at a time;
    /// how many messages were queued.
    /// - Throws: ``OperationsError`` when the store cannot be read or written.
    @discardableResult
    public func fill() async throws(OperationsError) -> Int {
        var queued = 0
        while true {
            let (count, isDone) = try await fillPage()
            queued += count
            if isDone { return queued }
        }
    }

    /// One page of events; whether the record was read to its end.
    private func fillPage() async throws(OperationsError) -> (Int, Bool) {
        let desk = desk
        let cursor = try await reading { rows in try rows.notificationCursor() }
        guard let cursor else {
            let latest = try await desk.latestEventID()
            try await writing { rows in try rows.setNotificationCursor(latest) }
            return (0, true)
        }
        let events = try await desk.events(after: cursor, limit: Self.pageSize)
        guard let last = events.last else { return (0, true) }
        var rows: [NotificationRow] = []
        if let roster = try await desk.roster() {
            let router = NotificationRouter(configuration: configuration, roster: roster)
            let now = clock.now().description
            for event in events {
                guard let news = try await news(of: event) else { continue }
                rows += router.messages(news).map { message in
                    NotificationRow(
                        event: event.id, item: message.item.description, incident: message.incident?.number,
                        channel: message.channel.rawValue, destination: message.destination, subject: message.subject,
                        body: message.body, createdAt: now)
                }
            }
        }
        let toInsert = rows
        let queued = try await writing { rows in
            guard try rows.notificationCursor() == cursor else { return 0 }
            let queued = try rows.insertNotifications(toInsert)
            try rows.setNotificationCursor(last.id)
            return queued
        }
        return (queued, events.count < Self.pageSize)
    }

    /// The news `event` tells, with what its messages need; `nil` for events that tell none
    /// (answers, acknowledgements, the sender's own records) or whose item is gone.
    func news(of event: OperationsEvent) async throws(OperationsError) -> NotificationRouter.News? {
        guard let item = RecordID(event.subject) else { return nil }
        switch event.kind {
        case .requestFiled?, .planStored?, .noticePosted?:
            return try await news(about: item, event: event)
        case nil:
            guard let (municipality, members) = Renotification.parse(event.text), !members.isEmpty,
                let about = try await news(about: item, event: event)
            else { return nil }
            return .renotification(event: event.id, municipality: municipality, members: members, about: about)
        default:
            return nil
        }
    }

    /// The news of the item itself (`R12`, `P3`, `N2`).
    private func news(about item: RecordID, event: OperationsEvent) async throws(OperationsError)
        -> NotificationRouter.News?
    {
        let desk = desk
        do {
            switch item.kind {
            case .request:
                let request = try await desk.request(IncidentRequest.ID(item.number))
                return .request(request, try await desk.incident(request.incident))
            case .plan:
                guard let incident = event.incident else { return nil }
                return .plan(PlanVersionID(item.number), event, try await desk.incident(incident))
            case .notice:
                let notice = try await desk.notice(Notice.ID(item.number)).notice
                var incident: Incident?
                if let id = notice.incident { incident = try await desk.incident(id) }
                return .notice(notice, incident)
            default:
                return nil
            }
        } catch .unknown {
            return nil
        }
    }

    private func reading<Value: Sendable>(_ body: @escaping @Sendable (any StorageReading) throws -> Value)
        async throws(OperationsError) -> Value
    {
        do { return try await storage.read(body) } catch { throw Self.error(error) }
    }

    private func writing<Value: Sendable>(_ body: @escaping @Sendable (any StorageWriting) throws -> Value)
        async throws(OperationsError) -> Value
    {
        do { return try await storage.write(body) } catch { throw Self.error(error) }
    }

    static func error(_ error: any Error) -> OperationsError {
        if let error = error as? OperationsError { return error }
        return .unavailable(String(describing: error))
    }
}

import CounterpartCore
import CounterpartOperations
import CounterpartStorage
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// The background service that fills the outbox from the record (``NotificationPlanner``)
/// and sends it, never in a request of the board: one lane per transport (LINE WORKS, e-mail),
/// so that a dead relay never holds up the rooms. At least once: a message is marked
/// delivered after it was accepted, so a crash between the two sends it again (its item id
/// shows the repeat). Every delivery and every failure is written to the permanent record.
///
/// A 429 pauses the lane for its `Retry-After` (or the back-off, whichever is longer) and
/// the same message is tried again, so a storm of them slows sending and loses nothing; a
/// 5xx or a network failure holds back that destination for a back-off that doubles up to
/// ``Backoff/maximum``; a refusal for good (4xx) gives the message up.
public final class NotificationSender: Service, Sendable {
    /// How long to wait between tries.
    public struct Backoff: Sendable {
        public var initial: Duration
        public var maximum: Duration

        public init(initial: Duration = .seconds(2), maximum: Duration = .seconds(300)) {
            self.initial = initial
            self.maximum = maximum
        }

        /// The wait after `failures` failures in a row (1, 2, …).
        public func delay(after failures: Int) -> Duration {
            var delay = initial
            for _ in 1..<max(1, min(failures, 30)) where delay < maximum { delay *= 2 }
            return min(delay, maximum)
        }
    }

    /// One transport and the channels it carries.
    public struct Lane: Sendable {
        public var name: String
        public var channels: Set<NotificationMessage.Channel>
        public var transport: any NotificationTransport

        public init(name: String, channels: Set<NotificationMessage.Channel>, transport: any NotificationTransport) {
            self.name = name
            self.channels = channels
            self.transport = transport
        }
    }

    /// The actor the record names for deliveries.
    public static let actor = "counterpart-notify"

    public let planner: NotificationPlanner
    let lanes: [Lane]
    let logger: Logger
    let pollInterval: Duration
    let backoff: Backoff
    private let pokes: NIOLockedValueBox<[AsyncStream<Void>.Continuation]>
    private let isStopping = NIOLockedValueBox(false)

    /// A sender of the outbox `planner` fills, through `lanes`.
    public init(
        planner: NotificationPlanner, lanes: [Lane], logger: Logger, pollInterval: Duration = .milliseconds(500),
        backoff: Backoff = Backoff()
    ) {
        self.planner = planner
        self.lanes = lanes
        self.logger = logger
        self.pollInterval = pollInterval
        self.backoff = backoff
        self.pokes = NIOLockedValueBox([])
    }

    /// Says the record has grown: fill and send now instead of at the next poll.
    public func poke() {
        for continuation in pokes.withLockedValue({ $0 }) { continuation.yield() }
    }

    /// Fills and sends until the service group shuts down; a message being sent then is
    /// finished (or abandoned to the next start, which sends it again).
    public func run() async throws {
        let streams = (0...lanes.count).map { _ in AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1)) }
        pokes.withLockedValue { $0 = streams.map(\.continuation) }
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.fillLoop(wakes: streams[0].stream) }
                for (index, lane) in lanes.enumerated() {
                    group.addTask { await self.sendLoop(lane, wakes: streams[index + 1].stream) }
                }
                group.addTask {
                    while !self.isStopping.withLockedValue({ $0 }) {
                        try? await Task.sleep(for: self.pollInterval)
                        self.poke()
                    }
                }
                await group.waitForAll()
            }
        } onGracefulShutdown: {
            self.stop()
        }
    }

    /// Stops every loop (shutting down).
    func stop() {
        isStopping.withLockedValue { $0 = true }
        for continuation in pokes.withLockedValue({ $0 }) { continuation.finish() }
    }

    private var isRunning: Bool { !isStopping.withLockedValue { $0 } }

    private func fillLoop(wakes: AsyncStream<Void>) async {
        for await _ in wakes {
            do {
                if try await planner.fill() > 0 { poke() }
            } catch {
                logger.warning("notifications: the record cannot be read now")
            }
        }
    }

    private func sendLoop(_ lane: Lane, wakes: AsyncStream<Void>) async {
        var heldBack: [String: (until: ContinuousClock.Instant, failures: Int)] = [:]
        var throttles = 0
        let channels = lane.channels.map(\.rawValue).sorted()
        for await _ in wakes {
            var isDone = false
            while !isDone && isRunning {
                isDone = true
                let pending: [NotificationRow]
                do {
                    pending = try await planner.storage.read { rows in
                        try rows.pendingNotifications(channels: channels, limit: 500)
                    }
                } catch {
                    logger.warning("notifications: the outbox cannot be read now")
                    break
                }
                for row in pending where isRunning {
                    guard let channel = NotificationMessage.Channel(rawValue: row.channel),
                        lane.channels.contains(channel)
                    else { continue }
                    if let held = heldBack[row.destination], held.until > .now { continue }
                    let outcome = await lane.transport.deliver(Self.message(row, channel))
                    await record(row, outcome)
                    switch outcome {
                    case .delivered, .rejected:
                        heldBack[row.destination] = nil
                        throttles = 0
                    case .throttled(let after, _):
                        throttles += 1
                        try? await Task.sleep(for: max(after, backoff.delay(after: throttles) / 4))
                        isDone = false
                    case .failed:
                        let failures = (heldBack[row.destination]?.failures ?? 0) + 1
                        heldBack[row.destination] = (.now + backoff.delay(after: failures), failures)
                    }
                    if !isDone { break }
                }
                if isDone, let next = heldBack.values.map(\.until).min(), isRunning {
                    // Come back when the first held-back destination may be tried again.
                    let wait = ContinuousClock.now.duration(to: next)
                    if wait <= pollInterval {
                        try? await Task.sleep(for: max(.zero, wait))
                        isDone = false
                    }
                }
            }
        }
    }

    /// Writes how a try went to the outbox and the permanent record, in one transaction.
    private func record(_ row: NotificationRow, _ outcome: DeliveryOutcome) async {
        let stamp = planner.clock.now().description
        let isFixed = planner.clock.isFixed
        let place = "\(row.channel) \(row.destination) (\(row.item), event \(row.event))"
        let text: String
        switch outcome {
        case .delivered: text = "notified \(place): delivered"
        case .throttled(let after, let reason):
            text = "notification to \(place) failed: \(reason), retry after \(after.components.seconds) s"
        case .failed(let reason): text = "notification to \(place) failed: \(reason); will retry"
        case .rejected(let reason): text = "notification to \(place) failed: \(reason); given up"
        }
        do {
            try await planner.storage.write { rows in
                switch outcome {
                case .delivered:
                    guard try rows.markNotificationDelivered(row.id, at: stamp) else { return }
                case .throttled(_, let reason), .failed(let reason):
                    guard try rows.noteNotificationFailure(row.id, error: reason, abandonedAt: nil) else { return }
                case .rejected(let reason):
                    guard try rows.noteNotificationFailure(row.id, error: reason, abandonedAt: stamp) else { return }
                }
                try rows.appendEvent(
                    EventRow(
                        id: 0, incident: row.incident, at: stamp, actor: Self.actor, subject: row.item, text: text,
                        isClockFixed: isFixed))
            }
        } catch {
            logger.warning("notifications: a delivery cannot be recorded now")
        }
        if case .delivered = outcome {
            logger.debug("notification delivered", metadata: ["item": "\(row.item)", "channel": "\(row.channel)"])
        } else {
            logger.info("notification not delivered", metadata: ["item": "\(row.item)", "channel": "\(row.channel)"])
        }
    }

    static func message(_ row: NotificationRow, _ channel: NotificationMessage.Channel) -> NotificationMessage {
        var message = NotificationMessage(
            channel: channel, destination: row.destination, subject: row.subject, body: row.body,
            item: RecordID(row.item) ?? RecordID(.request, 1), incident: row.incident.map(Incident.ID.init))
        message.outboxID = row.id
        return message
    }
}

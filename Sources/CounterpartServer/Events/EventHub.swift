import CounterpartCore
import CounterpartOperations
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// Live events for every open stream of this server, from the permanent record: one reader
/// polls the event table by id (every ``pollInterval``, or at once when a handler of this
/// server says it changed something) and hands each new event to every subscriber. Reading
/// the record, not this process's changes, is what lets a second server on the same database
/// (and a client resuming with `Last-Event-ID`) see the same events.
public final class EventHub: Service, Sendable {
    /// How often the record is read when nothing here pokes.
    public static let pollInterval: Duration = .milliseconds(500)

    /// What a subscriber receives: an event of the record, or a beat to keep the connection
    /// (and proxies) open.
    enum Item: Sendable {
        case event(OperationsEvent)
        case keepAlive
    }
    /// Events read at once.
    static let pageSize = 500

    private struct State {
        var subscribers: [Int: AsyncStream<Item>.Continuation] = [:]
        var nextSubscriber = 0
        var lastID = 0
        var poke: AsyncStream<Void>.Continuation?
        var isFinished = false
    }

    private let desk: IncidentDesk
    private let logger: Logger
    /// How often subscribers get a keep-alive beat (at most 25 s by the contract).
    let keepAliveInterval: Duration
    private let state = NIOLockedValueBox(State())
    private let pokes: AsyncStream<Void>

    /// A hub reading the record of `desk`'s store.
    public init(desk: IncidentDesk, logger: Logger, keepAliveInterval: Duration = .seconds(20)) {
        self.desk = desk
        self.keepAliveInterval = keepAliveInterval
        self.logger = logger
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        pokes = stream
        state.withLockedValue { $0.poke = continuation }
    }

    /// Says the record has grown: read it now instead of at the next poll.
    public func poke() {
        _ = state.withLockedValue { $0.poke }?.yield()
    }

    /// A stream of every event read after the subscription, and keep-alive beats; ends when
    /// the server shuts down or `cancel` is called.
    func subscribe() -> (events: AsyncStream<Item>, cancel: @Sendable () -> Void) {
        let (stream, continuation) = AsyncStream<Item>.makeStream(bufferingPolicy: .bufferingNewest(10_000))
        let id: Int? = state.withLockedValue { state in
            guard !state.isFinished else { return nil }
            let id = state.nextSubscriber
            state.nextSubscriber += 1
            state.subscribers[id] = continuation
            return id
        }
        guard let id else {
            continuation.finish()
            return (stream, {})
        }
        let cancel: @Sendable () -> Void = { [weak self] in
            _ = self?.state.withLockedValue { $0.subscribers.removeValue(forKey: id) }?.finish()
        }
        continuation.onTermination = { _ in cancel() }
        return (stream, cancel)
    }

    /// The last event id read.
    var lastID: Int { state.withLockedValue { $0.lastID } }

    /// Reads the record until the service group shuts down, then ends every stream (so that
    /// the server's own shutdown does not wait for streams that never end).
    public func run() async throws {
        let start = (try? await desk.latestEventID()) ?? 0
        state.withLockedValue { $0.lastID = max($0.lastID, start) }
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: Self.pollInterval)
                        self.poke()
                    }
                }
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: self.keepAliveInterval)
                        self.beat()
                    }
                }
                for await _ in pokes { await readNew() }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.state.withLockedValue { $0.poke }?.finish()
        }
        finishAll()
    }

    /// Reads what was recorded since the last read and hands it to every subscriber.
    func readNew() async {
        var after = lastID
        while true {
            let page: [OperationsEvent]
            do {
                page = try await desk.events(after: after, limit: Self.pageSize)
            } catch {
                logger.warning("live events: the record cannot be read now")
                return
            }
            guard let last = page.last else { return }
            let subscribers = state.withLockedValue { state -> [AsyncStream<Item>.Continuation] in
                state.lastID = max(state.lastID, last.id)
                return Array(state.subscribers.values)
            }
            for event in page {
                for subscriber in subscribers { subscriber.yield(.event(event)) }
            }
            after = last.id
            if page.count < Self.pageSize { return }
        }
    }

    /// Sends every subscriber a keep-alive beat.
    func beat() {
        let subscribers = state.withLockedValue { Array($0.subscribers.values) }
        for subscriber in subscribers { subscriber.yield(.keepAlive) }
    }

    /// Ends every stream (shutting down).
    func finishAll() {
        let subscribers = state.withLockedValue { state in
            state.isFinished = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.finish() }
    }
}

import CounterpartNotify
import ServiceLifecycle

/// Tells the notification sender at once when this server's hub reads new events, so that a
/// request filed here is posted without waiting for the sender's own poll.
struct NotificationPoker: Service {
    let hub: EventHub
    let sender: NotificationSender

    func run() async throws {
        let (stream, cancel) = hub.subscribe()
        await withGracefulShutdownHandler {
            for await item in stream {
                if case .event = item { sender.poke() }
            }
        } onGracefulShutdown: {
            cancel()
        }
    }
}

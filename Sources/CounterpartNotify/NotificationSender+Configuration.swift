import CounterpartOperations
import CounterpartStorage
import Logging

extension NotificationSender {
    /// The sender a configuration describes: a LINE WORKS lane when it names a bot, an e-mail
    /// lane when it names a relay, over the outbox of `storage`.
    /// - Throws: ``NotificationConfiguration/ConfigurationError`` when the private key cannot be used.
    public static func make(
        configuration: NotificationConfiguration, secrets: NotificationSecrets, storage: any IncidentStorage,
        clock: DeskClock, logger: Logger, pollInterval: Duration = .milliseconds(500), backoff: Backoff = Backoff()
    ) throws(NotificationConfiguration.ConfigurationError) -> NotificationSender {
        var lanes: [Lane] = []
        if let lineWorks = configuration.lineWorks {
            do {
                let client = try LineWorksClient(settings: lineWorks, secrets: secrets)
                lanes.append(Lane(name: "lineworks", channels: [.lineWorksRoom, .lineWorksUser], transport: client))
            } catch {
                throw NotificationConfiguration.ConfigurationError(
                    japanese: "\(lineWorks.privateKeyFile): LINE WORKS の秘密鍵（RSA、PEM）として使えません",
                    english: "\(lineWorks.privateKeyFile): not a usable LINE WORKS private key (RSA, PEM)")
            }
        }
        if let email = configuration.email {
            lanes.append(
                Lane(
                    name: "email", channels: [.email],
                    transport: SMTPClient(relay: email.relay, from: email.from, secrets: secrets)))
        }
        let planner = NotificationPlanner(storage: storage, configuration: configuration, clock: clock)
        return NotificationSender(
            planner: planner, lanes: lanes, logger: logger, pollInterval: pollInterval, backoff: backoff)
    }
}

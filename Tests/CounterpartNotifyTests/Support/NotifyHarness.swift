import CounterpartCore
import CounterpartOperations
import CounterpartRosterImport
import CounterpartStorage
import CounterpartStore
import Foundation
import Logging
import Synchronization

@testable import CounterpartNotify

/// A store holding the shipped Ehime roster, a clock the tests move, and notifications
/// configured for local stand-ins: rooms `room-A`, `room-B`, `room-C` and `room-all`.
struct NotifyHarness {
    let folder: URL
    let store: RosterStore
    let desk: IncidentDesk
    let clock: DeskClock
    let now: MovingTime

    static let hq = Agent.member(MemberID("hq-1"))
    static let board = "https://hotline.example.jp"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func make() async throws -> NotifyHarness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "counterpart-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try RosterStore(path: folder.appendingPathComponent("store.sqlite").path)
        let now = MovingTime(try Timestamp("2027-01-18T00:00:00Z"))
        let clock = DeskClock(isFixed: true) { now.time.withLock { $0 } }
        _ = try RosterImporter(store: store, actor: .operatingSystemUser("test"), time: clock.now())
            .importRosters([.file(path: root.appendingPathComponent("Data/ehime/roster.xml").path)], isDryRun: false)
        let harness = NotifyHarness(
            folder: folder, store: store, desk: IncidentDesk(storage: store, clock: clock), clock: clock, now: now)
        // The first fill starts the outbox at the record's end: what was before is not posted.
        try await harness.planner(harness.configuration()).fill()
        return harness
    }

    func advance(seconds: Int64) {
        now.time.withLock { $0 = Timestamp(secondsSinceEpoch: $0.secondsSinceEpoch + seconds) }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// The configuration of the tests: LINE WORKS at `lineWorks`, e-mail through 127.0.0.1:`smtpPort`.
    func configuration(
        lineWorks: String? = nil, smtpPort: Int? = nil, members: [String: String] = [:]
    ) -> NotificationConfiguration {
        NotificationConfiguration(
            board: Self.board,
            lineWorks: lineWorks.map {
                .init(
                    authBase: $0, apiBase: $0, botID: LineWorksStandIn.botID, clientID: LineWorksStandIn.clientID,
                    serviceAccount: LineWorksStandIn.serviceAccount, clientSecretFile: "unused",
                    privateKeyFile: "unused")
            },
            rooms: .init(groups: ["A": "room-A", "B": "room-B", "C": "room-C"], all: "room-all"),
            members: members,
            email: smtpPort.map {
                .init(
                    relay: .init(host: "127.0.0.1", port: $0, startTLS: .never, username: "relay-user"),
                    from: "hotline@pref.ehime.example.jp",
                    municipalities: ["382035": ["bosai@city.uwajima.example.jp"]])
            })
    }

    static let secrets = NotificationSecrets(
        privateKeyPEM: TestKey.privatePEM, clientSecret: LineWorksStandIn.clientSecret, smtpPassword: "relay-pass")

    func planner(_ configuration: NotificationConfiguration) -> NotificationPlanner {
        NotificationPlanner(storage: store, configuration: configuration, clock: clock)
    }

    func sender(_ configuration: NotificationConfiguration, smtpDeadline: Duration = .seconds(10)) throws
        -> NotificationSender
    {
        var logger = Logger(label: "notify-test")
        logger.logLevel = .critical
        var sender = try NotificationSender.make(
            configuration: configuration, secrets: Self.secrets, storage: store, clock: clock, logger: logger,
            pollInterval: .milliseconds(20), backoff: .init(initial: .milliseconds(50), maximum: .milliseconds(400)))
        if let email = configuration.email {
            let lanes = sender.lanes.map { lane -> NotificationSender.Lane in
                guard lane.name == "email" else { return lane }
                var mail = SMTPClient(relay: email.relay, from: email.from, secrets: Self.secrets)
                mail.deadline = smtpDeadline
                return .init(name: "email", channels: [.email], transport: mail)
            }
            sender = NotificationSender(
                planner: sender.planner, lanes: lanes, logger: logger, pollInterval: .milliseconds(20),
                backoff: .init(initial: .milliseconds(50), maximum: .milliseconds(400)))
        }
        return sender
    }

    /// Runs `sender` until `isDone` holds (checked every 20 ms, at most `limit`), then stops it.
    func run(
        _ sender: NotificationSender, limit: Duration = .seconds(180),
        until isDone: @escaping @Sendable () async -> Bool
    )
        async throws
    {
        let task = Task { try await sender.run() }
        let start = ContinuousClock.now
        while !(await isDone()), ContinuousClock.now - start < limit {
            try await Task.sleep(for: .milliseconds(20))
        }
        sender.stop()
        try await task.value
    }

    /// Whether the outbox holds messages and none is pending any more.
    func isOutboxDone() async -> Bool {
        guard let rows = try? await outbox() else { return false }
        return !rows.isEmpty && rows.allSatisfy { !$0.isPending }
    }

    /// Every outbox row.
    func outbox() async throws -> [NotificationRow] {
        try await store.read { rows in try rows.notifications(after: 0, limit: 10_000) }
    }

    /// The record's events of the sender (deliveries and failures), oldest first.
    func deliveries() async throws -> [OperationsEvent] {
        try await desk.events(after: 0, limit: 100_000).filter { $0.stamp.actor == NotificationSender.actor }
    }

    /// Opens incident 豪雨 hitting `affected` on 2027-01-18.
    func open(_ affected: [String] = ["382035"], isDrill: Bool = false) async throws -> Incident.ID {
        try await desk.open(
            .init(
                name: "豪雨", start: try CalendarDay("2027-01-18"), rotationDays: 7,
                affected: try affected.map { try LocalGovernmentCode($0) }, isDrill: isDrill), by: Self.hq
        ).0.id
    }

    /// Files `headcount` water-supply staff for 宇和島市 (or `municipality`) for the first week.
    @discardableResult
    func file(_ incident: Incident.ID, municipality: String = "382035", headcount: Int = 3, note: String? = nil)
        async throws -> IncidentRequest.ID
    {
        try await desk.file(
            RequestDetails(
                municipality: try LocalGovernmentCode(municipality), category: .water, headcount: headcount,
                days: try DayRange(from: try CalendarDay("2027-01-18"), to: try CalendarDay("2027-01-24")), note: note),
            in: incident, by: Self.hq
        ).id
    }
}

/// The time the tests move.
final class MovingTime: Sendable {
    let time: Mutex<Timestamp>
    init(_ start: Timestamp) { time = Mutex(start) }
}

import CounterpartCore
import CounterpartOperations
import Foundation
import Logging
import Testing

@testable import CounterpartNotify

/// Figures, not a timed test: how long from a request filed to its message accepted by the
/// LINE WORKS stand-in, over `COUNTERPART_NOTIFY_BENCHMARK` requests (500 by
/// `Scripts/notify-benchmark.sh`, in a release build). Skipped unless the variable is set.
@Suite struct NotifyLatencyBenchmark {
    static let count = Int(ProcessInfo.processInfo.environment["COUNTERPART_NOTIFY_BENCHMARK"] ?? "") ?? 0

    @Test(.enabled(if: count > 0)) func requestFiledToMessageAccepted() async throws {
        let harness = try await NotifyHarness.make()
        defer { harness.remove() }
        let standIn = LineWorksStandIn()
        let incident = try await harness.open()
        let count = Self.count
        let accepted = try await standIn.run { base in
            // The server's own settings: its poll interval and back-off; a poke per change, as
            // the server's event hub gives one.
            var logger = Logger(label: "benchmark")
            logger.logLevel = .critical
            let sender = try NotificationSender.make(
                configuration: harness.configuration(lineWorks: base), secrets: NotifyHarness.secrets,
                storage: harness.store, clock: harness.clock, logger: logger)
            let task = Task { try await sender.run() }
            var filed: [ContinuousClock.Instant] = []
            for _ in 0..<count {
                filed.append(.now)
                try await harness.file(incident)
                sender.poke()
                // One request every 20 ms: 50 a second, far above a real incident's rate.
                try await Task.sleep(for: .milliseconds(20))
            }
            let start = ContinuousClock.now
            while standIn.posts.count < count, ContinuousClock.now - start < .seconds(120) {
                try await Task.sleep(for: .milliseconds(5))
            }
            sender.stop()
            try await task.value
            return filed
        }
        let times = standIn.state.withLock { $0.acceptedAt }
        #expect(times.count == count)
        var latencies: [Double] = []
        for (index, start) in accepted.enumerated() where index < times.count {
            latencies.append(
                Double((times[index] - start).components.attoseconds) / 1e15 + Double(
                    (times[index] - start).components.seconds) * 1000)
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        print(
            "notify latency over \(latencies.count) requests: p50 \(String(format: "%.1f", percentile(0.5))) ms, p99 \(String(format: "%.1f", percentile(0.99))) ms, max \(String(format: "%.1f", latencies.last ?? 0)) ms"
        )
    }
}

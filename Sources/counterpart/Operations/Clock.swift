import CounterpartCore
import CounterpartOperations
import Foundation

/// The command line's one clock: `COUNTERPART_NOW` (for drills and tests) or the system's,
/// read once at start-up; times shown in Japan Standard Time by ``Timestamp``.
enum Clock {
    /// The desk's clock; a `COUNTERPART_NOW` that is no time stops the command (exit 1).
    static func desk() throws -> DeskClock {
        do {
            return try DeskClock.from(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw BadInput.stop(
                L(
                    "COUNTERPART_NOW: \(error)。システムの時計を使うには設定を外してください。",
                    "COUNTERPART_NOW: \(error); unset it to use the system clock"))
        }
    }

    /// The time now, as stored (UTC, ISO 8601).
    static var now: String { ((try? desk()) ?? .system).now().description }

    /// The calendar day of `time` in Japan Standard Time (UTC+9).
    static func japaneseDay(of time: String) -> CalendarDay? { (try? Timestamp(time))?.japanDay }

    /// `2026-11-23 10:00` in Japan Standard Time, for people; the text as stored when it does not parse.
    static func local(_ time: String) -> String { (try? Timestamp(time))?.japanTime ?? time }

    /// `2026-11-23 10:00` in Japan Standard Time, for people.
    static func local(_ time: Timestamp) -> String { time.japanTime }
}

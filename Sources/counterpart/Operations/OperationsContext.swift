import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartStore
import Foundation

/// What every incident command needs: the store, who is acting and when, and the output
/// format. `COUNTERPART_NOW` (ISO 8601, e.g. `2026-11-23T01:00:00Z`) sets the clock for
/// drills and tests; the actor is the operating-system user, as in the roster history.
struct OperationsOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "text (for people, the default) or json (for scripts).")
    var format: Format = .text

    /// The stamp of a change made now.
    var stamp: Stamp { Stamp(time: Clock.now, actor: RosterImport.operatingSystemUser()) }

    /// The store, opened once for the whole command.
    func session() throws -> OperationsSession { OperationsSession(store: try database.open(), path: database.resolvedPath) }

    /// Prints `json` or `text` according to `--format`.
    func print(json: @autoclosure () -> JSONValue, text: @autoclosure () -> String) {
        FileHandleOutput.standardOutput.write(format == .json ? json().text : text())
    }
}

/// One command's use of the store: opened once, refusals printed with exit status 1.
struct OperationsSession {
    let store: RosterStore
    let path: String

    /// Runs `body` on the store; a refusal or store error is printed and exits 1.
    func run<Value>(_ body: (RosterStore) throws(StoreError) -> Value) throws -> Value {
        do {
            return try body(store)
        } catch {
            throw error.reported()
        }
    }

    /// Names from the roster stored now; without one, says how to import it and exits 1.
    func names() throws -> MunicipalityLookup {
        guard let roster = try run({ store throws(StoreError) in try store.currentRoster() }) else {
            FileHandleOutput.standardError.write("\(path): no roster stored yet; import one with 'counterpart roster import'\n")
            throw ExitStatus.badInput.exitCode
        }
        return MunicipalityLookup(roster: roster)
    }
}

/// The time now, as stored (UTC, ISO 8601), and the day it is in Japan.
enum Clock {
    static var now: String {
        if let fixed = ProcessInfo.processInfo.environment["COUNTERPART_NOW"], !fixed.isEmpty { return fixed }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }

    /// The calendar day of `time` in Japan Standard Time (UTC+9).
    static func japaneseDay(of time: String) -> CalendarDay? {
        guard let date = ISO8601DateFormatter().date(from: time) else { return nil }
        return try? CalendarDay(japanese(date, "yyyy-MM-dd"))
    }

    /// `2026-11-23 10:00` in Japan Standard Time, for people; the text as stored when it does not parse.
    static func local(_ time: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: time) else { return time }
        return japanese(date, "yyyy-MM-dd HH:mm")
    }

    private static func japanese(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}

/// A record id typed on the command line: `R12`, or `12` where the kind is clear.
struct RecordArgument<Kind: RecordKindMarker>: ExpressibleByArgument {
    let id: RecordID

    init?(argument: String) {
        guard let id = RecordID(argument, expected: Kind.kind) else { return nil }
        self.id = id
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// Which kind of record a ``RecordArgument`` takes.
protocol RecordKindMarker { static var kind: RecordKind { get } }
enum IncidentKind: RecordKindMarker { static let kind = RecordKind.incident }
enum RequestKind: RecordKindMarker { static let kind = RecordKind.request }
enum AssignmentKind: RecordKindMarker { static let kind = RecordKind.assignment }

/// Bad input found while a command runs (a name the roster lacks, dates that clash with
/// the stored request): printed plainly, exit status 1.
enum BadInput {
    static func stop(_ message: String) -> ExitCode {
        FileHandleOutput.standardError.write(message + "\n")
        return ExitStatus.badInput.exitCode
    }
}

/// A municipality typed on the command line: its code, or its name as in the roster (宇和島市).
struct MunicipalityLookup {
    let roster: Roster
    private let staffNames: [StaffID: String]
    private let membersByID: [MemberID: HotlineMember]

    init(roster: Roster) {
        self.roster = roster
        staffNames = Dictionary(roster.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        membersByID = Dictionary(roster.members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The name of a person of the roster, if it has them.
    func staffName(_ id: StaffID) -> String? { staffNames[id] }

    /// A hotline member of the roster, if it has them.
    func member(_ id: MemberID) -> HotlineMember? { membersByID[id] }

    /// The code `text` names; throws a usage error naming the choices when it names none.
    func code(_ text: String) throws -> LocalGovernmentCode {
        if let code = try? LocalGovernmentCode(text), roster.municipality(code) != nil { return code }
        if let found = roster.municipalities.first(where: { $0.name == text }) { return found.code }
        throw BadInput.stop("'\(text)' is not a municipality of the stored roster; give its code or name (e.g. \(roster.municipalities.first.map { "\($0.code) or \($0.name)" } ?? "382019"))")
    }

    /// `宇和島市` for a code, `県本部` for the prefecture, or the code itself when the roster lacks it.
    func name(_ code: LocalGovernmentCode) -> String {
        if code == roster.prefecture { return "県本部 headquarters" }
        return roster.municipality(code)?.name ?? code.description
    }
}

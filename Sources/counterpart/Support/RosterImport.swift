import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartRosterImport
import CounterpartStore
import Foundation

/// `roster import` and `roster diff`: the library's import (`RosterImporter`), with its
/// stages shown on a terminal and its problems printed on standard error.
enum RosterImport {
    /// What importing `files` into `store` did (or, on a dry run, would do).
    /// - Throws: the bad-input exit code after printing every problem.
    static func run(files: [String], store: RosterStore, dryRun: Bool, force: Bool = false) throws
        -> RosterStore.ImportOutcome
    {
        let progress = Progress()
        defer { progress.done() }
        let clock = try Clock.desk()
        let importer = RosterImporter(
            store: store, actor: .operatingSystemUser(operatingSystemUser()), time: clock.now(),
            isClockFixed: clock.isFixed)
        do {
            return try importer.importRosters(
                files.map { .file(path: $0) }, isDryRun: dryRun, allowsEarlier: force,
                progress: { progress.say($0.text) },
                warning: { warning in
                    progress.done()
                    FileHandleOutput.standardError.write(warning.description(in: CommandLanguage.current) + "\n")
                })
        } catch {
            throw error.reported()
        }
    }

    /// Warns, on standard error, about people and towns the import removes that open
    /// incidents still refer to: held people stay held under their names; a town hit cannot be
    /// planned again until it is back in the roster.
    static func warnAboutOpenIncidents(_ changes: RosterChanges, store: RosterStore, isDryRun: Bool) async throws {
        let staff = Set(changes.staff.removed.map { StaffID($0) })
        let towns = Set(changes.municipalities.removed.compactMap { try? LocalGovernmentCode($0) })
        guard !staff.isEmpty || !towns.isEmpty else { return }
        let desk = IncidentDesk(storage: store, clock: try Clock.desk())
        let references: [IncidentDesk.RosterReference]
        do {
            references = try await desk.openReferences(toStaff: staff, municipalities: towns)
        } catch {
            throw error.reported()
        }
        let verb = isDryRun ? "would no longer be" : "is no longer"
        let japaneseVerb = isDryRun ? "名簿からなくなりますが" : "名簿からなくなりましたが"
        for reference in references {
            switch reference {
            case .person(let id, let name, let assignment, let incident, let state):
                let named = name.map { " (\($0))" } ?? ""
                FileHandleOutput.standardError.write(
                    L(
                        "注意: \(id)\(named) は\(japaneseVerb)、\(incident) で\(state.japaneseLabel)です（\(assignment)）。その名前のまま維持します\n",
                        "warning: \(id)\(named) \(verb) in the roster but is \(state) in \(incident) (\(assignment)); kept as they are under their name\n"
                    ))
            case .municipality(let code, let incident):
                FileHandleOutput.standardError.write(
                    L(
                        "注意: \(code) は\(japaneseVerb)、\(incident) の被災市町です。名簿に戻るまで \(incident) は計画し直せません\n",
                        "warning: \(code) \(verb) in the roster but is hit in \(incident); \(incident) cannot be planned again until it is back\n"
                    ))
            }
        }
    }

    /// Who runs this process, as the record names them: the user of the process's real user
    /// id. `$USER` (or `$LOGNAME`) is only a claim: when it names someone else, the record says
    /// so, `root (USER=hotline)`, so that nobody can act in another's name by setting a variable.
    static func operatingSystemUser() -> String {
        let real = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "uid \(getuid())"
        let environment = ProcessInfo.processInfo.environment
        guard let claimed = environment["USER"] ?? environment["LOGNAME"], !claimed.isEmpty, claimed != real else {
            return real
        }
        return "\(real) (USER=\(PlainTextClaim.clean(claimed)))"
    }
}

extension RosterImportError {
    /// Prints the problems, one a line, and gives the bad-input exit code to throw.
    func reported() -> ExitCode {
        switch self {
        case .store(let error):
            return error.reported()
        case .badInput(let diagnostics):
            for line in diagnostics.reportLines(in: CommandLanguage.current) {
                FileHandleOutput.standardError.write(line + "\n")
            }
            return ExitStatus.badInput.exitCode
        case .cannotStageUpload:
            FileHandleOutput.standardError.write(message(in: CommandLanguage.current) + "\n")
            return ExitStatus.badInput.exitCode
        }
    }
}

extension RosterImportStage {
    /// The stage as shown on the terminal.
    var text: String {
        switch self {
        case .readingCheckingAndStoring(let file):
            L("\(file) を読み込み、検査し、記録しています", "reading, checking and storing \(file)")
        case .readingAndChecking(let file): L("\(file) を読み込み、検査しています", "reading and checking \(file)")
        case .comparing: L("登録されている名簿と比べています", "comparing with the stored roster")
        case .comparingAndStoring: L("比べて、1回の処理で記録しています", "comparing and storing in one transaction")
        }
    }
}

/// Stage lines on standard error while a long import runs, only when a person watches a
/// terminal; nothing in scripts and logs.
struct Progress {
    private let isShown = FileHandleOutput.standardError.isTerminal
    private let start = ContinuousClock.now

    func say(_ stage: String) {
        guard isShown else { return }
        FileHandleOutput.standardError.write("\u{1B}[2K\r[\(elapsed)] \(stage)…")
    }

    func done() {
        guard isShown else { return }
        FileHandleOutput.standardError.write("\u{1B}[2K\r")
    }

    private var elapsed: String {
        let seconds = (ContinuousClock.now - start).components.seconds
        return "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"
    }
}

/// A claimed user name as the record keeps it: printable characters only, at most 64.
enum PlainTextClaim {
    static func clean(_ text: String) -> String {
        String(
            text.unicodeScalars.filter {
                !$0.properties.isDefaultIgnorableCodePoint && $0.value >= 0x20 && $0.value != 0x7F
            }
            .prefix(64).map(Character.init))
    }
}

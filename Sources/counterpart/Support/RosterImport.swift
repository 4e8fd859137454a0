import ArgumentParser
import CounterpartCore
import CounterpartStore
import CounterpartXML
import Foundation

/// `roster import` and `roster diff`: every file read and checked first (all problems,
/// FILE:LINE), then applied to the stored roster in one transaction, or not at all.
enum RosterImport {
    static func run(files: [String], store: RosterStore, dryRun: Bool) throws -> RosterStore.ImportOutcome {
        let progress = Progress()
        defer { progress.done() }
        // The fingerprints are taken on the other core while the files are read and checked.
        let fingerprints = Fingerprints(files)
        let user = operatingSystemUser(), time = timestamp()
        let readings: [RosterReading]
        if files.count == 1, !dryRun, try reportingStoreErrors({ () throws(StoreError) in try store.holdsNoRoster() }) {
            progress.say("reading, checking and storing \(files[0])")
            let streamed = try streamFirstImport(files[0], into: store, fingerprints: fingerprints, user: user, time: time)
            if let outcome = streamed.outcome { return outcome }
            readings = [streamed.reading]
        } else {
            readings = files.map { file in
                progress.say("reading and checking \(file)")
                return RosterReader.read(path: file)
            }
        }
        try InputLoading.stopIfAny(readings.flatMap(\.diagnostics))
        let digests = fingerprints.wait()
        let imported = readings.enumerated().map { index, reading in
            RosterStore.ImportedFile(path: reading.file, sha256: digests[index], roster: reading.roster!)
        }
        progress.say(dryRun ? "comparing with the stored roster" : "comparing and storing in one transaction")
        do {
            return try store.importRosters(imported, user: user, time: time, dryRun: dryRun)
        } catch {
            guard case .invalidResult(let problems, let merged) = error else { throw error.reported() }
            try InputLoading.stopIfAny(problems.map { place($0, merged: merged, in: readings) })
            throw error.reported()
        }
    }

    /// The first import into an empty store: people are stored by another thread while the
    /// file is still being read. Whenever that cannot finish (a problem in the file, a roster
    /// of one municipality, another import that came first), it is rolled back and the
    /// reading is handed back for the ordinary way.
    private static func streamFirstImport(
        _ file: String, into store: RosterStore, fingerprints: Fingerprints, user: String, time: String
    ) throws -> (reading: RosterReading, outcome: RosterStore.ImportOutcome?) {
        let streamed = StreamedFirstImport(store: store, user: user, time: time)
        let reading = RosterReader.read(path: file, handingOver: PersonHandover(person: streamed.add, fileRead: streamed.everyoneAdded))
        guard reading.diagnostics.isEmpty, reading.handedOverEveryPerson, let roster = reading.roster, roster.scope == .full else {
            streamed.abandon()
            return (reading, nil)
        }
        let imported = RosterStore.ImportedFile(path: file, sha256: fingerprints.wait()[0], roster: roster)
        return (reading, try reportingStoreErrors { () throws(StoreError) in try streamed.finish(imported) })
    }

    /// `work`'s result, with a store error reported on standard error (exit status 1).
    private static func reportingStoreErrors<Value>(_ work: () throws(StoreError) -> Value) throws -> Value {
        do {
            return try work()
        } catch {
            throw error.reported()
        }
    }

    /// A problem of the merged roster, at the line of the file that brought the offending
    /// entry (the last file holding it), else at the last file as a whole.
    static func place(_ problem: RosterProblem, merged: Roster, in readings: [RosterReading]) -> Diagnostic {
        switch problem.location {
        case .person(let index):
            let id = merged.staff[index].id
            for reading in readings.reversed() {
                if let found = reading.roster!.staff.lastIndex(where: { $0.id == id }) { return reading.diagnostic(at: .person(found), problem.message) }
            }
        case .member(let index):
            let id = merged.members[index].id
            for reading in readings.reversed() {
                if let found = reading.roster!.members.lastIndex(where: { $0.id == id }) { return reading.diagnostic(at: .member(found), problem.message) }
            }
        default:
            break
        }
        return Diagnostic(file: readings.last!.file, line: nil, message: problem.message + " (with the stored roster)")
    }

    static func fingerprint(_ path: String) -> String {
        var hash = SHA256()
        if let handle = FileHandle(forReadingAtPath: path) {
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hash.update(chunk) }
            try? handle.close()
        }
        return hash.hexDigest()
    }

    /// SHA-256 of files, computed on a background thread.
    final class Fingerprints: @unchecked Sendable {
        // Written once by the background work, read after `wait()`: the group orders the two.
        private var digests: [String] = []
        private let group = DispatchGroup()

        init(_ files: [String]) {
            group.enter()
            DispatchQueue.global().async { [self] in
                digests = files.map(RosterImport.fingerprint)
                group.leave()
            }
        }

        func wait() -> [String] {
            group.wait()
            return digests
        }
    }

    static func operatingSystemUser() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
        if let entry = getpwuid(getuid()) { return String(cString: entry.pointee.pw_name) }
        return String(getuid())
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
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

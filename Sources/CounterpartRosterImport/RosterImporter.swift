import CounterpartCore
import CounterpartStore
import CounterpartWorkbook
import CounterpartXML

/// Importing roster files into the store, the one way every edge does it (`roster import`,
/// `roster diff`, an upload to the web server): every file read and checked first, with all
/// its problems at FILE:LINE, then applied to the stored roster in one transaction, or not
/// at all. Prints nothing; problems come back as ``RosterImportError``.
public struct RosterImporter: Sendable {
    /// The store the files are compared with and stored in.
    public let store: RosterStore
    /// Who imports, as kept in the history (the operating-system user, a signed-in member).
    public let actor: Agent
    /// When, as kept in the history.
    public let time: Timestamp
    /// Whether `time` came from a fixed clock (`COUNTERPART_NOW`): the record marks the
    /// import's event then.
    public let isClockFixed: Bool

    /// An importer into `store` on behalf of `actor` at `time` (read from a fixed clock when
    /// `isClockFixed`).
    public init(store: RosterStore, actor: Agent, time: Timestamp, isClockFixed: Bool = false) {
        self.store = store
        self.actor = actor
        self.time = time
        self.isClockFixed = isClockFixed
    }

    /// The name the history keeps.
    var user: String { actor.recordedName }

    /// Reads and checks every file, then applies them in order in one transaction
    /// (`scope="full"` replaces everything, `scope="municipality"` that municipality's
    /// members and staff) and stores the result as a new revision when anything changed.
    /// A dry run works out the changes and stores nothing. The first import into an empty
    /// store (one file, not a dry run) stores people while the file is still being read.
    ///
    /// No thread of the import is left running when this returns or throws, and an upload's
    /// temporary file is gone.
    /// A stored revision appends one `roster.imported` event to the permanent record, in
    /// the same transaction.
    /// - Parameters:
    ///   - sources: the files, applied in the order given.
    ///   - isDryRun: whether only to compare.
    ///   - allowsEarlier: whether a file may replace a roster (or a municipality's list)
    ///     effective from a later day than its own.
    ///   - origin: the remote address an upload came from, kept with the import's event;
    ///     `nil` at the command line.
    ///   - progress: told on the calling thread as each stage begins.
    ///   - warning: told on the calling thread, as each file has been read, of what a person
    ///     should know that is not a problem (a file that says ISO-8859-1 but is written in
    ///     UTF-8), also when the import then stops.
    /// - Returns: What the import did or, on a dry run, would do.
    /// - Throws: ``RosterImportError``: the files' problems (every one of every file, at
    ///   its line), the store's error, or an upload that could not be kept for reading.
    ///   Nothing is stored then.
    public func importRosters(
        _ sources: [RosterSource], isDryRun: Bool, allowsEarlier: Bool = false, origin: String? = nil,
        progress: (RosterImportStage) -> Void = { _ in }, warning: (Diagnostic) -> Void = { _ in }
    ) throws(RosterImportError) -> RosterStore.ImportOutcome {
        let files = try StagedSources(sources)
        defer { files.removeTemporaryFiles() }
        do {
            return try importStaged(
                files, isDryRun: isDryRun, allowsEarlier: allowsEarlier, origin: origin, progress: progress
            ) {
                warning(files.naming($0))
            }
        } catch {
            throw files.naming(error)
        }
    }

    private func importStaged(
        _ files: StagedSources, isDryRun: Bool, allowsEarlier: Bool, origin: String?,
        progress: (RosterImportStage) -> Void, warning: (Diagnostic) -> Void
    ) throws(RosterImportError) -> RosterStore.ImportOutcome {
        // The fingerprints are taken on the other core while the files are read and checked.
        let fingerprints = Fingerprints(files.readPaths)
        defer { fingerprints.join() }
        let readings: [SourceReading]
        let isOneXMLFile =
            files.count == 1
            && !WorkbookFile.isWorkbook(name: files.names[0], head: WorkbookFile.head(path: files.readPaths[0]))
        if isOneXMLFile, !isDryRun, try storing({ () throws(StoreError) in try store.holdsNoRoster() }) {
            progress(.readingCheckingAndStoring(file: files.names[0]))
            let streamed = try streamFirstImport(files, origin: origin, fingerprints: fingerprints)
            streamed.reading.warnings.forEach(warning)
            if let outcome = streamed.outcome { return outcome }
            readings = [.xml(streamed.reading)]
        } else {
            var stored: Roster?? = nil
            readings = files.readPaths.indices.map { index in
                progress(.readingAndChecking(file: files.names[index]))
                let reading = SourceReading.read(path: files.readPaths[index], name: files.names[index]) {
                    if stored == nil { stored = .some(try? store.currentRoster()) }
                    return stored ?? nil
                }
                reading.warnings.forEach(warning)
                return reading
            }
        }
        try stopIfAny(readings.flatMap(\.diagnostics))
        let digests = fingerprints.join()
        let imported = readings.indices.map { index in
            RosterStore.ImportedFile(path: files.names[index], sha256: digests[index], roster: readings[index].roster!)
        }
        progress(isDryRun ? .comparing : .comparingAndStoring)
        do {
            return try store.importRosters(
                imported, user: user, time: time.description, dryRun: isDryRun, allowsEarlier: allowsEarlier,
                origin: origin, isClockFixed: isClockFixed)
        } catch {
            guard case .invalidResult(let problems, let merged) = error else { throw .store(error) }
            try stopIfAny(problems.map { MergeProblemPlacement.place($0, merged: merged, in: readings) })
            throw .store(error)
        }
    }

    /// The first import into an empty store: people are stored by another thread while the
    /// file is still being read. Whenever that cannot finish (a problem in the file, a roster
    /// of one municipality, another import that came first), it is rolled back and the
    /// reading is handed back for the ordinary way.
    private func streamFirstImport(
        _ files: StagedSources, origin: String?, fingerprints: Fingerprints
    ) throws(RosterImportError) -> (reading: RosterReading, outcome: RosterStore.ImportOutcome?) {
        let streamed = StreamedFirstImport(
            store: store, user: user, time: time.description, origin: origin, isClockFixed: isClockFixed)
        let reading = RosterReader.read(
            path: files.readPaths[0],
            handingOver: PersonHandover(person: streamed.add, fileRead: streamed.everyoneAdded))
        guard reading.diagnostics.isEmpty, reading.handedOverEveryPerson, let roster = reading.roster,
            roster.scope == .full
        else {
            streamed.abandon()
            return (reading, nil)
        }
        let imported = RosterStore.ImportedFile(path: files.names[0], sha256: fingerprints.join()[0], roster: roster)
        return (reading, try storing { () throws(StoreError) in try streamed.finish(imported) })
    }

    /// `work`'s result, or its error as the import's.
    private func storing<Value>(_ work: () throws(StoreError) -> Value) throws(RosterImportError) -> Value {
        do {
            return try work()
        } catch {
            throw .store(error)
        }
    }

    /// Stops the import with `diagnostics`, if there are any.
    private func stopIfAny(_ diagnostics: [Diagnostic]) throws(RosterImportError) {
        guard diagnostics.isEmpty else { throw .badInput(diagnostics) }
    }
}

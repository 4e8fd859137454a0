import CounterpartCore

/// Why the store cannot do what was asked, as data; ``description`` is a plain sentence
/// naming no front end (the CLI adds its flags and commands).
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file exists but is not a Counterpart database; it was not touched.
    case notACounterpartDatabase(path: String)
    /// The database was written by a newer Counterpart; it was not touched.
    case newerSchema(path: String)
    /// The database cannot be opened or created, for the reason given (a folder that cannot
    /// be written, a full disk, a file that cannot be read).
    case cannotOpen(path: String, reason: String)
    /// There is no database at the path, and none was created (only a command that brings a
    /// roster may create one).
    case noDatabase(path: String)
    /// The file is a database, but a damaged one; it was not touched.
    case damaged(path: String, reason: String)
    /// A backup would replace an existing file, and replacing was not asked for.
    case backupTargetExists(path: String)
    /// A backup would replace the database it copies.
    case backupOntoItself(path: String)
    /// The copy a backup made is not sound or does not hold what the database holds; it was
    /// removed, and the destination left as it was.
    case backupNotVerified(path: String, reason: String)
    /// The roster the import would leave breaks rules that span files (ids used in two
    /// municipalities' files, references to municipalities the store does not have).
    case invalidResult([RosterProblem], merged: Roster)
    /// A file names another prefecture than the stored roster.
    case otherPrefecture(file: String, stored: LocalGovernmentCode, found: LocalGovernmentCode)
    /// A file is effective from an earlier day than the roster (or the municipality's list)
    /// it would replace, and replacing it with an older one was not asked for.
    case earlierEffective(file: String, found: CalendarDay, stored: CalendarDay, list: String?)
    /// No PostgreSQL server that accepts writes could be reached at the address (each host's
    /// reason in `detail`).
    case unreachable(path: String, detail: String)
    /// A copy's target already holds a roster, an incident, an account or a record.
    case targetNotEmpty(path: String)
    /// The copy does not hold what the store it copies holds; nothing was kept.
    case copyNotVerified(path: String, reason: String)
    /// A file backup was asked of a PostgreSQL database (copy it with `db copy`, or pg_dump).
    case notAFile(path: String)
    /// No such revision in the history.
    case unknownRevision(Int)
    /// The database reported an error.
    case database(String)

    public var description: String {
        switch self {
        case .notACounterpartDatabase(let path):
            return "\(path): not a Counterpart database; it was left untouched"
        case .newerSchema(let path):
            return
                "\(path): written by a newer version of Counterpart; it was left untouched (update Counterpart to use it)"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the database: \(reason)"
        case .noDatabase(let path):
            return "\(path): there is no database there; none was created"
        case .damaged(let path, let reason):
            return "\(path): the database file is damaged (\(reason)); it was left untouched"
        case .backupTargetExists(let path):
            return "\(path) exists already; the backup did not replace it"
        case .backupOntoItself(let path):
            return "\(path) is the database itself; a backup cannot replace the file it copies"
        case .backupNotVerified(let path, let reason):
            return
                "the copy for \(path) does not match the database (\(reason)); it was removed and \(path) left as it was"
        case .invalidResult(let problems, _):
            return "the import would leave an invalid roster: " + problems.map(\.message).joined(separator: "; ")
        case .otherPrefecture(let file, let stored, let found):
            return "\(file): the file is for prefecture \(found), but the stored roster is for \(stored)"
        case .earlierEffective(let file, let found, let stored, let list):
            let what =
                list.map { "the stored list of \($0), effective \(stored)" } ?? "the stored roster, effective \(stored)"
            return "\(file): the file is effective \(found), earlier than \(what); it was not imported"
        case .unreachable(let path, let detail):
            return
                "\(path): no PostgreSQL server that accepts writes can be reached (\(detail)); check that it runs, the address and the user"
        case .targetNotEmpty(let path):
            return "\(path) already holds data; a copy goes only into an empty database (nothing was changed)"
        case .copyNotVerified(let path, let reason):
            return "the copy in \(path) does not match (\(reason)); nothing was kept"
        case .notAFile(let path):
            return
                "\(path) is a PostgreSQL database, not a file: copy it into a file with 'counterpart db copy', or use pg_dump"
        case .unknownRevision(let number):
            return "there is no revision \(number)"
        case .database(let message):
            return "database error: \(message)"
        }
    }
}

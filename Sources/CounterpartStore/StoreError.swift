import CounterpartCore

/// Why the store cannot do what was asked, as data; ``description`` is a plain sentence
/// naming no front end (the CLI adds its flags and commands).
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file exists but is not a Counterpart database; it was not touched.
    case notACounterpartDatabase(path: String)
    /// The database was written by a newer Counterpart; it was not touched.
    case newerSchema(path: String)
    /// The database cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The roster the import would leave breaks rules that span files (ids used in two
    /// municipalities' files, references to municipalities the store does not have).
    case invalidResult([RosterProblem], merged: Roster)
    /// A file names another prefecture than the stored roster.
    case otherPrefecture(file: String, stored: LocalGovernmentCode, found: LocalGovernmentCode)
    /// No such revision in the history.
    case unknownRevision(Int)
    /// SQLite reported an error.
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
        case .invalidResult(let problems, _):
            return "the import would leave an invalid roster: " + problems.map(\.message).joined(separator: "; ")
        case .otherPrefecture(let file, let stored, let found):
            return "\(file): the file is for prefecture \(found), but the stored roster is for \(stored)"
        case .unknownRevision(let number):
            return "there is no revision \(number)"
        case .database(let message):
            return "database error: \(message)"
        }
    }
}

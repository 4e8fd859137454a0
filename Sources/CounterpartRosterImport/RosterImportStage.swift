/// What an import is doing, told as each stage begins, for a person watching a long import.
public enum RosterImportStage: Sendable, Equatable {
    /// The first import into an empty store: `file` is read and checked while its people
    /// are already being stored.
    case readingCheckingAndStoring(file: String)
    /// `file` is read and checked.
    case readingAndChecking(file: String)
    /// The files are compared with the stored roster (a dry run).
    case comparing
    /// The files are compared with the stored roster and stored in one transaction.
    case comparingAndStoring
}

/// Why a storage backend could not do what was asked, in terms every backend shares.
/// Errors thrown by the body of a transaction (the operations layer's own refusals) pass
/// through a backend unchanged; these are the backend's own.
public enum StorageError: Error, Hashable, Sendable {
    /// The store cannot be reached or used now (a locked, missing or unreadable database).
    case unavailable(String)
    /// Another change got there first: a compare-and-set found another value, or a
    /// uniqueness rule was hit. Nothing was changed; reading again and retrying may succeed.
    case conflict(String)
    /// The store refused a value by one of its own rules (a `CHECK` or `NOT NULL`).
    case refused(String)
    /// A stored row cannot be read as what it should be (edited by hand, damaged).
    case corrupt(String)
}

import CounterpartStorage

/// One value of a column, as both backends store it: the few types the schema uses.
/// Flags are integers 0 and 1, as in SQLite.
enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)

    /// Text, or NULL for `nil`.
    static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    /// An integer, or NULL for `nil`.
    static func integer(_ value: Int?) -> SQLValue { value.map { .integer($0) } ?? .null }
}

/// A Swift value that can be bound to a statement's `?`.
protocol SQLArgument {
    var sqlValue: SQLValue { get }
}

extension Int: SQLArgument {
    var sqlValue: SQLValue { .integer(self) }
}

extension String: SQLArgument {
    var sqlValue: SQLValue { .text(self) }
}

extension Double: SQLArgument {
    var sqlValue: SQLValue { .real(self) }
}

extension Bool: SQLArgument {
    var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension SQLValue: SQLArgument {
    var sqlValue: SQLValue { self }
}

/// The arguments of one statement, in the order of its `?`s; `nil` binds NULL.
typealias SQLArguments = [(any SQLArgument)?]

extension Array where Element == (any SQLArgument)? {
    /// The values to bind.
    var sqlValues: [SQLValue] { map { $0?.sqlValue ?? .null } }
}

/// A Swift value that can be read from a column. A stored value of another type throws
/// ``StorageError/corrupt(_:)``: a damaged row is reported, never trapped on.
protocol SQLColumnValue {
    init(sqlValue: SQLValue) throws
}

extension Int: SQLColumnValue {
    init(sqlValue: SQLValue) throws {
        guard case .integer(let value) = sqlValue else { throw SQLValue.mismatch }
        self = value
    }
}

extension String: SQLColumnValue {
    init(sqlValue: SQLValue) throws {
        guard case .text(let value) = sqlValue else { throw SQLValue.mismatch }
        self = value
    }
}

extension Double: SQLColumnValue {
    init(sqlValue: SQLValue) throws {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: throw SQLValue.mismatch
        }
    }
}

extension Bool: SQLColumnValue {
    init(sqlValue: SQLValue) throws {
        guard case .integer(let value) = sqlValue, value == 0 || value == 1 else {
            throw SQLValue.mismatch
        }
        self = value == 1
    }
}

extension Optional: SQLColumnValue where Wrapped: SQLColumnValue {
    init(sqlValue: SQLValue) throws {
        if case .null = sqlValue {
            self = nil
        } else {
            self = try Wrapped(sqlValue: sqlValue)
        }
    }
}

extension SQLValue {
    /// The error of a column that does not hold what its reader expects.
    static let mismatch = StorageError.corrupt("a stored value does not have the type of its column")
}

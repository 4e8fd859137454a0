/// A record that people name by a letter and a number (`I1`, `R12`, `A40`, `P3`, `N2`).
public protocol NumberedRecord: Sendable {
    /// The kind, whose letter its ids carry.
    static var recordKind: RecordKind { get }
}

/// The id of one record of type `Record`: a number that cannot be passed where another
/// kind's id is expected (an `IncidentRequest.ID` is not an `Incident.ID`).
public struct RecordNumber<Record: NumberedRecord>: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The number, unique within the kind.
    public let number: Int

    /// The id of record `number`.
    public init(_ number: Int) { self.number = number }

    /// Reads `R12` (any case) or a bare `12`; `nil` for anything else or another kind's letter.
    public init?(_ text: String) {
        guard let id = RecordID(text, expected: Record.recordKind) else { return nil }
        number = id.number
    }

    /// The id with its kind, for lists that mix kinds.
    public var recordID: RecordID { RecordID(Record.recordKind, number) }

    /// `R12`.
    public var description: String { recordID.description }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }
}

extension Incident: NumberedRecord {
    public static let recordKind = RecordKind.incident
    /// `I1`.
    public typealias ID = RecordNumber<Incident>
}

extension IncidentRequest: NumberedRecord {
    public static let recordKind = RecordKind.request
    /// `R12`.
    public typealias ID = RecordNumber<IncidentRequest>
}

extension IncidentAssignment: NumberedRecord {
    public static let recordKind = RecordKind.assignment
    /// `A40`.
    public typealias ID = RecordNumber<IncidentAssignment>
}

extension Notice: NumberedRecord {
    public static let recordKind = RecordKind.notice
    /// `N2`.
    public typealias ID = RecordNumber<Notice>
}

/// The marker of plan versions' ids.
public enum PlanVersionRecord: NumberedRecord {
    public static let recordKind = RecordKind.plan
}

/// `P3`: a stored plan version, unique across incidents.
public typealias PlanVersionID = RecordNumber<PlanVersionRecord>

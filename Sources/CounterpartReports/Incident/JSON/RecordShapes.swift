import CounterpartCore
import CounterpartOperations

/// The JSON shapes of an incident's records, as `Codable` values: what `--format json` prints
/// and the server's API answers. Keys come out in declaration order; every key is always
/// there (`null` when empty).
public enum IncidentJSON {
    /// A municipality with its name.
    public struct Municipality: Codable, Equatable, Sendable {
        public var code: String
        public var name: String

        /// `code` named from `names` (the prefecture as headquarters).
        public init(_ code: LocalGovernmentCode, names: RosterNames) {
            self.code = code.description
            name = names.name(code)
        }
    }

    /// When and by whom.
    public struct Stamp: Codable, Equatable, Sendable {
        public var at: String
        public var by: String

        /// The stamp's time as stored and who acted.
        public init(_ stamp: CounterpartOperations.Stamp) {
            at = stamp.time.description
            by = stamp.actor
        }
    }

    /// An incident.
    public struct Incident: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var drill: Bool
        public var start: String
        public var rotationDays: Int
        public var affected: [Municipality]
        public var open: Bool
        public var opened: Stamp
        public var closed: Stamp?

        /// `incident`, named from `names`.
        public init(_ incident: CounterpartOperations.Incident, names: RosterNames) {
            id = incident.id.description
            name = incident.name
            drill = incident.isDrill
            start = incident.start.description
            rotationDays = incident.rotationDays
            affected = incident.affected.map { Municipality($0, names: names) }
            open = incident.isOpen
            opened = Stamp(incident.opened)
            closed = incident.closed.map(Stamp.init)
        }
    }

    /// A dispatch request.
    public struct Request: Codable, Equatable, Sendable {
        public var id: String
        public var incident: String
        public var municipality: Municipality
        public var category: String
        public var headcount: Int
        public var from: String
        public var to: String
        public var priority: String
        public var note: String?
        public var cancelled: Bool
        public var filed: Stamp

        /// `request`, named from `names`.
        public init(_ request: IncidentRequest, names: RosterNames) {
            let details = request.details
            id = request.id.description
            incident = request.incident.description
            municipality = Municipality(details.municipality, names: names)
            category = details.category.rawValue
            headcount = details.headcount
            from = details.days.from.description
            to = details.days.to.description
            priority = details.priority.rawValue
            note = details.note
            cancelled = request.isCancelled
            filed = Stamp(request.filed)
        }
    }

    /// A person named for a request in a period.
    public struct Assignment: Codable, Equatable, Sendable {
        public var id: String
        public var request: String
        public var staff: String
        public var staffName: String?
        public var period: Int
        public var supplier: Municipality
        public var tier: String
        public var distanceKm: Int
        public var from: String
        public var to: String
        public var state: String
        public var reason: String?
        public var proposedInVersion: Int

        /// `assignment`, named from `names`.
        public init(_ assignment: IncidentAssignment, names: RosterNames) {
            id = assignment.id.description
            request = assignment.request.description
            staff = assignment.staff.rawValue
            staffName = names.staffName(assignment.staff) ?? assignment.staffName
            period = assignment.period
            supplier = Municipality(assignment.supplier, names: names)
            tier = assignment.tier.rawValue
            distanceKm = assignment.distanceKm
            from = assignment.window.from.description
            to = assignment.window.to.description
            state = assignment.state.rawValue
            reason = assignment.reason
            proposedInVersion = assignment.proposedIn
        }
    }
}

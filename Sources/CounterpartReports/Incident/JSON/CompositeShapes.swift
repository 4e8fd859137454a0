import CounterpartCore
import CounterpartOperations

extension IncidentJSON {
    /// An incident with the requests filed with it (`incident open`).
    public struct Opened: Encodable, Sendable {
        public var incident: Incident
        public var requests: [Request]

        /// `incident` and `requests`, named from `names`.
        public init(_ incident: CounterpartOperations.Incident, requests: [IncidentRequest], names: RosterNames) {
            self.incident = Incident(incident, names: names)
            self.requests = requests.map { Request($0, names: names) }
        }

        private enum Keys: String, CodingKey { case requests }

        /// The incident's keys, then `requests`.
        public func encode(to encoder: any Encoder) throws {
            try incident.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(requests, forKey: .requests)
        }
    }

    /// An incident with everything `incident show` lists.
    public struct Detail: Encodable, Sendable {
        public var incident: Incident
        public var requests: [Request]
        public var assignments: [Assignment]
        public var planVersion: Int?
        public var shortfalls: [Shortfall]
        public var unacknowledged: Int

        /// The view, named from `names`.
        public init(_ view: IncidentDesk.IncidentView, names: RosterNames) {
            incident = Incident(view.incident, names: names)
            requests = view.requests.map { Request($0, names: names) }
            assignments = view.assignments.map { Assignment($0, names: names) }
            planVersion = view.latestPlan?.version
            shortfalls = (view.latestPlan?.shortfalls ?? []).map(Shortfall.init)
            unacknowledged = view.pending.count
        }

        private enum Keys: String, CodingKey { case requests, assignments, planVersion, shortfalls, unacknowledged }

        /// The incident's keys, then the lists and figures.
        public func encode(to encoder: any Encoder) throws {
            try incident.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(requests, forKey: .requests)
            try container.encode(assignments, forKey: .assignments)
            try container.encode(planVersion, forKey: .planVersion)
            try container.encode(shortfalls, forKey: .shortfalls)
            try container.encode(unacknowledged, forKey: .unacknowledged)
        }
    }

    /// A request cancelled, with the people cancelled with it.
    public struct Cancelled: Encodable, Sendable {
        public var request: Request
        public var cancelledAssignments: [Assignment]

        /// `request` and `assignments`, named from `names`.
        public init(_ request: IncidentRequest, assignments: [IncidentAssignment], names: RosterNames) {
            self.request = Request(request, names: names)
            cancelledAssignments = assignments.map { Assignment($0, names: names) }
        }

        private enum Keys: String, CodingKey { case cancelledAssignments }

        /// The request's keys, then `cancelledAssignments`.
        public func encode(to encoder: any Encoder) throws {
            try request.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(cancelledAssignments, forKey: .cancelledAssignments)
        }
    }

    /// A plan version as stored, with what it changed.
    public struct PlanStored: Codable, Equatable, Sendable {
        public var id: String
        public var incident: String
        public var version: Int
        public var newlyProposed: [Assignment]
        public var noLongerNeeded: [Assignment]
        public var shortfalls: [Shortfall]
        public var assignments: [Assignment]

        /// `outcome`, named from `names`.
        public init(_ outcome: IncidentDesk.PlanOutcome, names: RosterNames) {
            id = outcome.id.description
            incident = outcome.incident.id.description
            version = outcome.version
            newlyProposed = outcome.newlyProposed.map { Assignment($0, names: names) }
            noLongerNeeded = outcome.noLongerNeeded.map { Assignment($0, names: names) }
            shortfalls = outcome.plan.periods.flatMap { period in
                period.shortfalls.map { shortfall in
                    Shortfall(
                        RecordedShortfall(
                            period: period.index,
                            request: IncidentScenario.request(shortfall.request) ?? IncidentRequest.ID(0),
                            category: shortfall.category, missing: shortfall.missing, reason: shortfall.reason.sentence)
                    )
                }
            }
            assignments = outcome.assignments.map { Assignment($0, names: names) }
        }
    }

    /// The situation report's figures; `notices` last, so that the keys before it keep their places.
    public struct Sitrep: Encodable, Sendable {
        /// One hit municipality's figures for one category.
        public struct Category: Codable, Equatable, Sendable {
            public var municipality: Municipality
            public var category: String
            public var requested: Int
            public var proposed: Int
            public var confirmed: Int
            public var dispatched: Int
            public var short: Int
        }

        /// One supporter's figures.
        public struct Supporter: Codable, Equatable, Sendable {
            public var municipality: Municipality
            public var away: Int
            public var personDays: Int
        }

        public var incident: Incident
        public var asOf: String
        public var planVersion: Int?
        public var categories: [Category]
        public var supporters: [Supporter]
        public var unacknowledged: [FollowupGroup]
        public var events: [Event]
        public var notices: [NoticeRecord]

        /// `report` as of `now`, named from `names`.
        public init(_ report: SituationReport, names: RosterNames, now: Timestamp) {
            incident = Incident(report.incident, names: names)
            asOf = now.description
            planVersion = report.planVersion
            categories = report.categories.map { line in
                Category(
                    municipality: Municipality(line.municipality, names: names), category: line.category.rawValue,
                    requested: line.requested, proposed: line.proposed, confirmed: line.confirmed,
                    dispatched: line.dispatched,
                    short: line.short)
            }
            supporters = report.supporters.map { line in
                Supporter(
                    municipality: Municipality(line.municipality, names: names), away: line.away,
                    personDays: line.personDays)
            }
            unacknowledged = report.unacknowledged.map { FollowupGroup($0, names: names) }
            events = report.events.map(Event.init)
            notices = report.notices.map { NoticeRecord($0, names: names) }
        }
    }
}

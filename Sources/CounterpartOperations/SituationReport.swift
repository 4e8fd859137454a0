import CounterpartCore

/// The situation report (状況報告) of an incident, as figures: per hit municipality and
/// category, people requested, proposed, confirmed, dispatched and short; per supporter,
/// people away and person-days so far; then what is unread, the latest events and the
/// incident's notices.
///
/// Requested, proposed, confirmed, dispatched and short count *person-periods*: a request
/// for 10 people over two rotation periods is 20.
public struct SituationReport: Sendable {
    /// One hit municipality's figures for one category.
    public struct CategoryLine: Hashable, Sendable {
        public var municipality: LocalGovernmentCode
        public var category: JobCategory
        public var requested = 0
        public var proposed = 0
        public var confirmed = 0
        /// Dispatched now or returned.
        public var dispatched = 0
        /// Missing in the latest plan version.
        public var short = 0
    }

    /// One supporting municipality's figures.
    public struct SupporterLine: Hashable, Sendable {
        public var municipality: LocalGovernmentCode
        /// People dispatched and not yet returned.
        public var away = 0
        /// Days served up to today by people dispatched or returned.
        public var personDays = 0
    }

    public var incident: Incident
    /// The latest plan version's number, if any.
    public var planVersion: Int?
    public var categories: [CategoryLine]
    public var supporters: [SupporterLine]
    public var unacknowledged: [FollowupGroup]
    /// The latest events, newest first.
    public var events: [OperationsEvent]
    /// The incident's notices, oldest first, with who has acknowledged them.
    public var notices: [NoticeRecord]

    /// The report on `today` (which bounds person-days).
    /// Complexity: O(requests × periods + assignments).
    public static func make(
        incident: Incident, requests: [IncidentRequest], assignments: [IncidentAssignment],
        latestPlan: (version: Int, shortfalls: [RecordedShortfall])?, pending: [PendingAcknowledgement],
        events: [OperationsEvent], roster: Roster, today: CalendarDay, notices: [NoticeRecord] = []
    ) -> SituationReport {
        let open = requests.filter { !$0.isCancelled }
        let scenario = IncidentScenario.make(incident, requests: open, assignments: []).scenario
        struct Key: Hashable {
            var municipality: LocalGovernmentCode
            var category: JobCategory
        }
        var lines: [Key: CategoryLine] = [:]
        func update(_ request: IncidentRequest, _ change: (inout CategoryLine) -> Void) {
            let key = Key(municipality: request.details.municipality, category: request.details.category)
            change(&lines[key, default: CategoryLine(municipality: key.municipality, category: key.category)])
        }
        for request in open {
            let slots = (0..<scenario.periodCount).filter {
                scenario.window(of: request.dispatchRequest, inPeriod: $0) != nil
            }.count
            update(request) { $0.requested += slots * request.details.headcount }
        }
        let requestByID = Dictionary(open.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for assignment in assignments {
            guard let request = requestByID[assignment.request] else { continue }
            update(request) { line in
                switch assignment.state {
                case .proposed: line.proposed += 1
                case .confirmed: line.confirmed += 1
                case .dispatched, .returned: line.dispatched += 1
                default: break
                }
            }
        }
        for shortfall in latestPlan?.shortfalls ?? [] {
            guard let request = requestByID[shortfall.request] else { continue }
            update(request) { $0.short += shortfall.missing }
        }
        let order = Dictionary(incident.affected.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let categories = lines.values.sorted {
            (order[$0.municipality] ?? Int.max, $0.category.ordinal) < (
                order[$1.municipality] ?? Int.max, $1.category.ordinal
            )
        }
        return SituationReport(
            incident: incident, planVersion: latestPlan?.version, categories: categories,
            supporters: supporterLines(assignments, today: today),
            unacknowledged: Followup.groups(pending, roster: roster, drills: incident.isDrill ? [incident.id] : []),
            events: events, notices: notices)
    }

    private static func supporterLines(_ assignments: [IncidentAssignment], today: CalendarDay) -> [SupporterLine] {
        var lines: [LocalGovernmentCode: SupporterLine] = [:]
        for assignment in assignments where assignment.state == .dispatched || assignment.state == .returned {
            var line = lines[assignment.supplier] ?? SupporterLine(municipality: assignment.supplier)
            if assignment.state == .dispatched { line.away += 1 }
            let last = min(assignment.window.to, today)
            line.personDays += max(0, assignment.window.from.days(to: last) + 1)
            lines[assignment.supplier] = line
        }
        return lines.values.sorted { $0.municipality.description < $1.municipality.description }
    }
}

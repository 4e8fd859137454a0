import CounterpartCore
import CounterpartReports

@testable import CounterpartOperations
@testable import CounterpartPlanner

/// An incident's records built by hand for the golden files of the incident renderers (the
/// desk is not under test). Times are UTC; the texts show them in Japan time (+9 h):
///
///     roster   prefecture 380008: p-1 hq-disaster (no phone)
///              松山市 382019: no hotline member; staff s-1 (shelter), s-2 (shelter, health)
///              宇和島市 382035: m-u-1 liaison (with a phone)
///              group nanyo 南予: 宇和島市 ← 松山市 primary
///     I1       `南予豪雨 <b>速報</b> & "土砂|浸水"`, open, from 2026-11-02, periods of 7 days
///     I2       a drill, closed
///     R1       宇和島市 shelter ×3 11-02 – 11-15 critical, a note with `|` and a newline
///     R2       宇和島市 health ×1 11-02 – 11-08 high, cancelled
///     A1       R1 s-1 period 0 dispatched                  (plan version 1)
///     A2       R2 s-2 period 0 cancelled with its request  (plan version 1)
///     A3       R1 s-2 period 0 declined, a reason with `|` and a newline (plan version 2)
///     P3       plan version 2: A3 newly proposed; short 1 in period 0, 3 in period 1
///     N1       a notice to all, with markup in its text: p-1 and m-u-1 have read it
///     unread   R1 (p-1, m-u-1), N1 (m-m-1, since gone from the roster), P3 (all three)
///
/// The situation report is made on 2026-11-05, at 09:00 Japan time.
enum IncidentFixtures {
    static let prefecture = LocalGovernmentCode(prefix: 38000)
    static let matsuyama = LocalGovernmentCode(prefix: 38201)
    static let uwajima = LocalGovernmentCode(prefix: 38203)

    /// The incident's name, with markup, an ampersand, quotes and a pipe.
    static let markupName = "南予豪雨 <b>速報</b> & \"土砂|浸水\""

    static func day(_ text: String) -> CalendarDay { try! CalendarDay(text) }

    static func days(_ from: String, _ to: String) -> DayRange { try! DayRange(from: day(from), to: day(to)) }

    static func time(_ text: String) -> Timestamp { try! Timestamp(text) }

    static func stamp(_ text: String, _ actor: String) -> Stamp { Stamp(time: time(text), actor: actor) }

    static let roster = Roster(
        prefecture: prefecture, effective: day("2026-04-01"),
        municipalities: [
            Municipality(code: matsuyama, name: "松山市", kind: .city, latitude: 33.8392, longitude: 132.7656),
            Municipality(code: uwajima, name: "宇和島市", kind: .city, latitude: 33.2233, longitude: 132.5606),
        ],
        groups: [
            CounterpartGroup(
                id: "nanyo", name: "南予",
                pairings: [Pairing(affected: uwajima, primary: matsuyama, status: .official)])
        ],
        members: [
            HotlineMember(id: "p-1", municipality: prefecture, role: .hqDisaster, name: "県庁 防災"),
            HotlineMember(
                id: "m-u-1", municipality: uwajima, role: .liaison, name: "宇和島 実務", phone: "0895-24-1111"),
        ],
        staff: [
            StaffPerson(
                id: "s-1", municipality: matsuyama, name: "松山 一郎", skills: JobCategorySet([.shelter]),
                availability: [days("2026-04-01", "2027-03-31")]),
            StaffPerson(
                id: "s-2", municipality: matsuyama, name: "松山 花子", skills: JobCategorySet([.shelter, .health]),
                availability: [days("2026-04-01", "2027-03-31")]),
        ])

    static let names = RosterNames(roster: roster)

    static let incident = Incident(
        id: Incident.ID(1), name: markupName, start: day("2026-11-02"), rotationDays: 7, affected: [uwajima],
        isDrill: false, opened: stamp("2026-11-02T00:00:00Z", "p-1"))

    /// A drill, closed, on both municipalities.
    static let drill = Incident(
        id: Incident.ID(2), name: "図上訓練", start: day("2026-10-01"), rotationDays: 5, affected: [uwajima, matsuyama],
        isDrill: true, opened: stamp("2026-09-30T23:30:00Z", "yamamoto"),
        closed: stamp("2026-10-01T08:15:00Z", "p-1"))

    static let requests = [
        IncidentRequest(
            id: IncidentRequest.ID(1), incident: incident.id,
            details: RequestDetails(
                municipality: uwajima, category: .shelter, headcount: 3, days: days("2026-11-02", "2026-11-15"),
                priority: .critical, note: "集合: 宇和島市役所 | 2階\n持参: 寝袋"),
            isCancelled: false, filed: stamp("2026-11-02T00:30:00Z", "m-u-1")),
        IncidentRequest(
            id: IncidentRequest.ID(2), incident: incident.id,
            details: RequestDetails(
                municipality: uwajima, category: .health, headcount: 1, days: days("2026-11-02", "2026-11-08"),
                priority: .high),
            isCancelled: true, filed: stamp("2026-11-02T00:45:00Z", "m-u-1")),
    ]

    /// The reason A3 was declined.
    static let declineReason = "家族の事情 | 代替要員なし\n11/10以降なら可"

    static let assignments = [
        assignment(1, request: 1, "s-1", .dispatched, proposedIn: 1),
        assignment(2, request: 2, "s-2", .cancelled, reason: "現地で充足", proposedIn: 1),
        assignment(3, request: 1, "s-2", .declined, reason: declineReason, proposedIn: 2),
    ]

    /// An assignment from 松山市 for period 0 (2026-11-02 – 2026-11-08), 52 km away.
    static func assignment(
        _ id: Int, request: Int, _ staff: StaffID, _ state: AssignmentState, reason: String? = nil, proposedIn: Int
    ) -> IncidentAssignment {
        IncidentAssignment(
            id: IncidentAssignment.ID(id), request: IncidentRequest.ID(request), staff: staff, period: 0,
            supplier: matsuyama, tier: .primary, distanceKm: 52, window: days("2026-11-02", "2026-11-08"),
            state: state, reason: reason, proposedIn: proposedIn)
    }

    static let shortfalls = [
        RecordedShortfall(
            period: 0, request: IncidentRequest.ID(1), category: .shelter, missing: 1,
            reason: ShortfallReason.noSkilledPerson.sentence),
        RecordedShortfall(
            period: 1, request: IncidentRequest.ID(1), category: .shelter, missing: 3,
            reason: ShortfallReason.resting.sentence),
    ]

    static let planSubject = "plan version 2 of I1 (P3): 1 newly proposed, 0 no longer needed, 4 short"

    static let pending = [
        due(.request, 1, "p-1", prefecture, "2026-11-02T00:30:00Z", requestSubject, sequence: 1),
        due(.request, 1, "m-u-1", uwajima, "2026-11-02T00:30:00Z", requestSubject, sequence: 2),
        due(.notice, 1, "m-m-1", matsuyama, "2026-11-02T03:00:00Z", "notice N1: 集合場所の変更", sequence: 3),
        due(.plan, 3, "p-1", prefecture, "2026-11-03T01:00:00Z", planSubject, sequence: 4),
        due(.plan, 3, "m-u-1", uwajima, "2026-11-03T01:00:00Z", planSubject, sequence: 5),
        due(.plan, 3, "m-m-1", matsuyama, "2026-11-03T01:00:00Z", planSubject, sequence: 6),
    ]

    static let requestSubject = "request R1: 宇和島市 避難所運営 shelter ×3 2026-11-02..2026-11-15 critical"

    static func due(
        _ kind: RecordKind, _ number: Int, _ member: MemberID, _ municipality: LocalGovernmentCode, _ since: String,
        _ subject: String, sequence: Int
    ) -> PendingAcknowledgement {
        PendingAcknowledgement(
            item: RecordID(kind, number), incident: incident.id, member: member, municipality: municipality,
            since: time(since), subject: subject, sequence: sequence)
    }

    static let followup = Followup.groups(pending, roster: roster)

    /// The latest two events, newest first.
    static let events = [
        OperationsEvent(
            stamp: stamp("2026-11-04T02:00:00Z", "p-1"), incident: incident.id, subject: "A3",
            text: "s-2 for R1 period 0: proposed → declined (\(declineReason))"),
        OperationsEvent(
            stamp: stamp("2026-11-03T01:00:00Z", "p-1"), incident: incident.id, subject: "P3", text: planSubject),
    ]

    static let notice = Notice(
        id: Notice.ID(1), title: "集合場所の変更", body: "宇和島市役所 2階 → 3階\n駐車場は <南側> & \"第2\"", group: nil,
        incident: incident.id, posted: stamp("2026-11-02T03:00:00Z", "p-1"), audience: 3)

    /// N1 as it stands: p-1 and m-u-1 have acknowledged it, m-m-1 (gone from the roster) not.
    static let noticeRecord = NoticeRecord(
        notice: notice,
        readers: [
            NoticeRecord.Reader(
                member: "p-1", municipality: prefecture, acknowledged: stamp("2026-11-02T04:00:00Z", "p-1")),
            NoticeRecord.Reader(
                member: "m-u-1", municipality: uwajima, acknowledged: stamp("2026-11-02T05:10:00Z", "hotline")),
            NoticeRecord.Reader(member: "m-m-1", municipality: matsuyama, acknowledged: nil),
        ])

    static let now = time("2026-11-05T00:00:00Z")

    static let report = SituationReport.make(
        incident: incident, requests: requests, assignments: assignments,
        latestPlan: (version: 2, shortfalls: shortfalls), pending: pending, events: events, roster: roster,
        today: day("2026-11-05"), notices: [noticeRecord])

    static let view = IncidentDesk.IncidentView(
        incident: incident, requests: requests, assignments: assignments, pending: pending,
        latestPlan: (version: 2, shortfalls: shortfalls), roster: roster)

    /// Plan version 2 (P3) as the desk returned it: A3 newly proposed (declined since), s-1 kept.
    static let planOutcome: IncidentDesk.PlanOutcome = {
        var proposed = assignments[2]
        proposed.state = .proposed
        proposed.reason = nil
        let window = days("2026-11-02", "2026-11-08")
        let plan = Plan(
            scenario: "I1",
            periods: [
                PeriodPlan(
                    index: 0, days: window, cost: -1_896,
                    assignments: [
                        Assignment(
                            request: "R1", staff: "s-1", supplier: matsuyama, tier: .primary, distanceKm: 52,
                            window: window, isPinned: true),
                        Assignment(
                            request: "R1", staff: "s-2", supplier: matsuyama, tier: .primary, distanceKm: 52,
                            window: window, isPinned: false),
                    ],
                    shortfalls: [Shortfall(request: "R1", category: .shelter, missing: 1, reason: .noSkilledPerson)]),
                PeriodPlan(
                    index: 1, days: days("2026-11-09", "2026-11-15"), cost: 0, assignments: [],
                    shortfalls: [Shortfall(request: "R1", category: .shelter, missing: 3, reason: .resting)]),
            ])
        return IncidentDesk.PlanOutcome(
            version: 2, id: PlanVersionID(3), incident: incident, plan: plan,
            scenario: IncidentScenario.make(incident, requests: requests, assignments: []).scenario, roster: roster,
            newlyProposed: [proposed], noLongerNeeded: [], assignments: [assignments[0], assignments[1], proposed])
    }()
}

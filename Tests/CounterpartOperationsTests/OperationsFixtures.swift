import CounterpartCore
import CounterpartOperations

/// A small world for the operations tests: group C holds 宇和島市's pairing (松山市 primary,
/// 東温市 secondary); 上島町 is in no pairing; headquarters has two members.
enum OperationsFixtures {
    static let ehime = try! LocalGovernmentCode("380008")
    static let matsuyama = try! LocalGovernmentCode("382019")
    static let uwajima = try! LocalGovernmentCode("382035")
    static let toon = try! LocalGovernmentCode("382159")
    static let kamijima = try! LocalGovernmentCode("383562")

    static func day(_ text: String) -> CalendarDay { try! CalendarDay(text) }
    static func range(_ from: String, _ to: String) -> DayRange { try! DayRange(from: day(from), to: day(to)) }
    static let stamp = Stamp(time: try! Timestamp("2026-11-02T00:00:00Z"), actor: "hotline")

    static func member(_ id: String, _ code: LocalGovernmentCode, _ role: HotlineRole, phone: String? = "000")
        -> HotlineMember
    {
        HotlineMember(id: MemberID(id), municipality: code, role: role, name: id, phone: phone)
    }

    static let roster = Roster(
        prefecture: ehime, effective: day("2026-04-01"),
        municipalities: [matsuyama, uwajima, toon, kamijima].map {
            Municipality(code: $0, name: "\($0)", kind: .city, latitude: 33.8, longitude: 132.7)
        },
        groups: [
            CounterpartGroup(
                id: "C", name: "C", pairings: [Pairing(affected: uwajima, primary: matsuyama, secondaries: [toon])])
        ],
        members: [
            member("hq-1", ehime, .hqDisaster), member("hq-2", ehime, .hqPromotion),
            member("m-u-1", uwajima, .viceMayor), member("m-u-4", uwajima, .liaison, phone: nil),
            member("m-m-2", matsuyama, .disasterManager), member("m-t-3", toon, .personnelManager),
            member("m-k-4", kamijima, .liaison),
        ])

    static let incident = Incident(
        id: Incident.ID(1), name: "豪雨", start: day("2026-11-02"), rotationDays: 7, affected: [uwajima],
        isDrill: false, opened: stamp)

    static func request(
        _ number: Int, headcount: Int = 2, _ from: String = "2026-11-02", _ to: String = "2026-11-15",
        category: JobCategory = .shelter, cancelled: Bool = false
    ) -> IncidentRequest {
        IncidentRequest(
            id: IncidentRequest.ID(number), incident: Incident.ID(1),
            details: RequestDetails(
                municipality: uwajima, category: category, headcount: headcount, days: range(from, to),
                priority: .critical),
            isCancelled: cancelled, filed: stamp)
    }

    static func assignment(_ number: Int, request: Int, staff: String, period: Int = 0, state: AssignmentState)
        -> IncidentAssignment
    {
        IncidentAssignment(
            id: IncidentAssignment.ID(number), request: IncidentRequest.ID(request), staff: StaffID(staff),
            period: period, supplier: matsuyama, tier: .primary,
            distanceKm: 71, window: range("2026-11-02", "2026-11-08"), state: state, proposedIn: 1)
    }
}

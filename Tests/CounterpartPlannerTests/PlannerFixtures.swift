@testable import CounterpartCore
@testable import CounterpartPlanner

/// Small worlds for planner tests, built in a line or two.
enum PlannerFixtures {
    static let ehime = try! LocalGovernmentCode("380008")
    static let matsuyama = try! LocalGovernmentCode("382019")
    static let uwajima = try! LocalGovernmentCode("382035")
    static let toon = try! LocalGovernmentCode("382159")
    static let kamijima = try! LocalGovernmentCode("383562")
    static let ainan = try! LocalGovernmentCode("385069")
    static let shikokuchuo = try! LocalGovernmentCode("382132")

    static func day(_ text: String) -> CalendarDay { try! CalendarDay(text) }
    static func range(_ from: String, _ to: String) -> DayRange { try! DayRange(from: day(from), to: day(to)) }
    static let year = range("2026-04-01", "2027-03-31")

    static func municipality(_ code: LocalGovernmentCode, capacity: Int? = nil) -> Municipality {
        let places: [LocalGovernmentCode: (String, Double, Double)] = [
            matsuyama: ("松山市", 33.8392, 132.7657), uwajima: ("宇和島市", 33.2233, 132.5606),
            toon: ("東温市", 33.7911, 132.8719), kamijima: ("上島町", 34.2575, 133.2044),
            ainan: ("愛南町", 32.9622, 132.5833), shikokuchuo: ("四国中央市", 33.9808, 133.5492),
        ]
        let (name, latitude, longitude) = places[code]!
        return Municipality(
            code: code, name: name, kind: .city, latitude: latitude, longitude: longitude, dispatchCapacity: capacity)
    }

    static func person(
        _ id: String, _ code: LocalGovernmentCode, _ skills: [JobCategory] = [.shelter],
        available: [DayRange] = [year]
    ) -> StaffPerson {
        StaffPerson(
            id: StaffID(id), municipality: code, name: id, skills: JobCategorySet(skills), availability: available)
    }

    /// Group C: 宇和島 is helped by 松山 (primary), then 東温 and 上島 (secondaries); 愛南 is a
    /// member of the group through its own pairing; 四国中央 is outside every pairing.
    static func roster(staff: [StaffPerson], capacities: [LocalGovernmentCode: Int] = [:]) -> Roster {
        Roster(
            prefecture: ehime, effective: day("2026-04-01"),
            municipalities: [matsuyama, uwajima, toon, kamijima, ainan, shikokuchuo].map {
                municipality($0, capacity: capacities[$0])
            },
            groups: [
                CounterpartGroup(
                    id: "C", name: "C",
                    pairings: [
                        Pairing(affected: uwajima, primary: matsuyama, secondaries: [toon, kamijima]),
                        Pairing(affected: ainan, primary: matsuyama),
                    ])
            ],
            staff: staff)
    }

    static func request(
        _ id: String, _ headcount: Int = 1, category: JobCategory = .shelter, from: String = "2026-11-02",
        to: String = "2026-11-07", priority: Priority = .critical, at code: LocalGovernmentCode = uwajima
    ) -> DispatchRequest {
        DispatchRequest(
            id: RequestID(id), municipality: code, category: category, headcount: headcount,
            days: range(from, to), priority: priority)
    }

    static func scenario(
        _ requests: [DispatchRequest], pins: [Pin] = [], policy: PlanningPolicy = .defaults,
        affected: [LocalGovernmentCode] = [uwajima]
    ) -> Scenario {
        Scenario(
            id: "t", start: day("2026-11-01"), rotationDays: 7, affected: affected, requests: requests, pins: pins,
            policy: policy)
    }

    static func plan(_ roster: Roster, _ scenario: Scenario) throws -> Plan {
        try Planner.plan(roster: roster, scenario: scenario)
    }
}

extension PeriodPlan {
    /// "request:staff" for each assignment, in plan order.
    var pairs: [String] { assignments.map { "\($0.request):\($0.staff)" } }
}

import CounterpartCore

@testable import CounterpartCoverage

/// A small roster worked by hand in ``CoverageSweepTests``: five municipalities, two
/// groups, fifteen staff with one skill each, all available all year.
///
///     A 松山市 382019  pop 40,000  capacity 3   staff: 3 shelter, 1 waste
///     B 今治市 382027  pop 20,000               staff: 2 shelter, 1 health
///     C 宇和島市 382035 pop 10,000              staff: 1 shelter, 1 waste
///     D 八幡浜市 382043 pop 5,000               staff: 2 shelter, 1 health
///     E 新居浜市 382051 population unknown      staff: 1 shelter, 1 health, 1 waste
///
///     group X: A ← B primary, C secondary;  B ← A primary, C secondary
///     group Y: C ← D primary, E secondary;  D ← E primary (C is then "group" for D)
///     E is affected in no pairing: everyone is "prefecture" for E.
enum CoverageFixtures {
    static let prefecture = LocalGovernmentCode(prefix: 38000)
    static let a = LocalGovernmentCode(prefix: 38201)
    static let b = LocalGovernmentCode(prefix: 38202)
    static let c = LocalGovernmentCode(prefix: 38203)
    static let d = LocalGovernmentCode(prefix: 38204)
    static let e = LocalGovernmentCode(prefix: 38205)
    static let effective = try! CalendarDay("2026-04-01")

    static let roster = Roster(
        prefecture: prefecture, effective: effective,
        municipalities: [
            Municipality(
                code: a, name: "松山市", kind: .city, latitude: 33.8392, longitude: 132.7656, dispatchCapacity: 3,
                population: 40_000),
            Municipality(code: b, name: "今治市", kind: .city, latitude: 34.0661, longitude: 132.9978, population: 20_000),
            Municipality(
                code: c, name: "宇和島市", kind: .city, latitude: 33.2233, longitude: 132.5606, population: 10_000),
            Municipality(code: d, name: "八幡浜市", kind: .city, latitude: 33.4631, longitude: 132.4233, population: 5_000),
            Municipality(code: e, name: "新居浜市", kind: .city, latitude: 33.9603, longitude: 133.2833),
        ],
        groups: [
            CounterpartGroup(
                id: "X", name: "Xグループ",
                pairings: [
                    Pairing(affected: a, primary: b, secondaries: [c]),
                    Pairing(affected: b, primary: a, secondaries: [c]),
                ]),
            CounterpartGroup(
                id: "Y", name: "Yグループ",
                pairings: [
                    Pairing(affected: c, primary: d, secondaries: [e]),
                    Pairing(affected: d, primary: e),
                ]),
        ],
        staff: [
            person("a-1", a, .shelter), person("a-2", a, .shelter), person("a-3", a, .shelter),
            person("a-4", a, .waste),
            person("b-1", b, .shelter), person("b-2", b, .shelter), person("b-3", b, .health),
            person("c-1", c, .shelter), person("c-2", c, .waste),
            person("d-1", d, .shelter), person("d-2", d, .shelter), person("d-3", d, .health),
            person("e-1", e, .shelter), person("e-2", e, .health), person("e-3", e, .waste),
        ])

    /// shelter 2.00 per 10,000 (at least 1), critical; health 0.50 (at least 1), high;
    /// waste 0.50 (no minimum), normal. Headcounts:
    ///
    ///              shelter  health  waste
    ///     A 40,000    8       2       2     (80,000/10,000 = 8; 2.0; 2.0)
    ///     B 20,000    4       1       1     (4; 1.0; 1.0)
    ///     C 10,000    2       1       1     (2; ⌈0.5⌉; ⌈0.5⌉)
    ///     D  5,000    1       1       1     (1; ⌈0.25⌉; ⌈0.25⌉)
    ///     E unknown   1       1       —     (minimums: 1, 1, 0 → no waste request)
    static let profile = DemandProfile(
        id: "small", name: "小規模テスト", rotationDays: 7,
        needs: [
            DemandNeed(category: .shelter, hundredthsPerTenThousand: 200, minimum: 1, days: 14, priority: .critical),
            DemandNeed(category: .health, hundredthsPerTenThousand: 50, minimum: 1, days: 7, priority: .high),
            DemandNeed(category: .waste, hundredthsPerTenThousand: 50, minimum: 0, days: 3, priority: .normal),
        ])

    static func person(_ id: String, _ municipality: LocalGovernmentCode, _ skill: JobCategory) -> StaffPerson {
        StaffPerson(
            id: StaffID(id), municipality: municipality, name: "職員 \(id)", skills: JobCategorySet([skill]),
            availability: [try! DayRange(from: effective, to: CalendarDay("2027-03-31"))])
    }

    static func sweep(depth: Int) -> CoverageSweep {
        CoverageSweep(roster: roster, profile: profile, start: effective, depth: depth)
    }
}

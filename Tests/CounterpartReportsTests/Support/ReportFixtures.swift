import CounterpartCore

/// A small roster built by hand for the golden files, with names of every awkward kind
/// (markup, an ampersand, a comma and quotes):
///
///     A 松山市 382019           city, capacity 3, population 40,000   group X
///     B 今治市 382027           city, population 20,000               group X
///     C 宇和島市 382035         city, population 10,000               groups X and Y
///     D 伊方町, "佐田岬" 384429  town, population unknown               group Y
///     E 新居浜市 382051         city, population unknown               no group
///
///     group X `南予 & 中予 <X>`: A ← B primary, C secondary (official); C ← A primary
///     group Y `Yグループ`:       D ← C primary (proposed)
///
///     members  prefecture: p-2 hq-promotion (no phone), p-1 hq-disaster
///              A: m-a-2 liaison `山田 <script>&"'` (with an email), m-a-1 vice-mayor
///              B: none   C: m-c-1 disaster-manager (no phone)   D: m-d-1 liaison
///     staff    A: a-1 shelter, a-2 shelter, a-3 shelter+health   B: b-1 shelter, b-2 waste
///              C: c-1 health   D: d-1 shelter   E: e-1 water+waste
enum ReportFixtures {
    static let prefecture = LocalGovernmentCode(prefix: 38000)
    static let a = LocalGovernmentCode(prefix: 38201)
    static let b = LocalGovernmentCode(prefix: 38202)
    static let c = LocalGovernmentCode(prefix: 38203)
    static let d = LocalGovernmentCode(prefix: 38442)
    static let e = LocalGovernmentCode(prefix: 38205)

    /// The awkward name of A's liaison.
    static let markupName = "山田 <script>&\"'"

    static func day(_ text: String) -> CalendarDay { try! CalendarDay(text) }

    static func days(_ from: String, _ to: String) -> DayRange { try! DayRange(from: day(from), to: day(to)) }

    static let roster = Roster(
        prefecture: prefecture, effective: day("2026-04-01"),
        municipalities: [
            Municipality(
                code: a, name: "松山市", kind: .city, latitude: 33.8392, longitude: 132.7656, dispatchCapacity: 3,
                population: 40_000),
            Municipality(code: b, name: "今治市", kind: .city, latitude: 34.0661, longitude: 132.9978, population: 20_000),
            Municipality(
                code: c, name: "宇和島市", kind: .city, latitude: 33.2233, longitude: 132.5606, population: 10_000),
            Municipality(code: d, name: "伊方町, \"佐田岬\"", kind: .town, latitude: 33.4883, longitude: 132.3539),
            Municipality(code: e, name: "新居浜市", kind: .city, latitude: 33.9603, longitude: 133.2833),
        ],
        groups: [
            CounterpartGroup(id: "Y", name: "Yグループ", pairings: [Pairing(affected: d, primary: c, status: .proposed)]),
            CounterpartGroup(
                id: "X", name: "南予 & 中予 <X>",
                pairings: [
                    Pairing(affected: a, primary: b, secondaries: [c], status: .official),
                    Pairing(affected: c, primary: a),
                ]),
        ],
        members: [
            HotlineMember(id: "p-2", municipality: prefecture, role: .hqPromotion, name: "県庁 振興"),
            HotlineMember(id: "p-1", municipality: prefecture, role: .hqDisaster, name: "県庁 防災", phone: "089-000-1000"),
            HotlineMember(
                id: "m-a-2", municipality: a, role: .liaison, name: markupName, phone: "089-000-0002",
                email: "yamada@example.jp"),
            HotlineMember(id: "m-a-1", municipality: a, role: .viceMayor, name: "松山 副市長", phone: "089-000-0001"),
            HotlineMember(id: "m-c-1", municipality: c, role: .disasterManager, name: "宇和島 防災"),
            HotlineMember(id: "m-d-1", municipality: d, role: .liaison, name: "伊方 実務", phone: "0894-00-0001"),
        ],
        staff: [
            person("a-1", a, [.shelter]), person("a-2", a, [.shelter]), person("a-3", a, [.shelter, .health]),
            person("b-1", b, [.shelter]), person("b-2", b, [.waste]),
            person("c-1", c, [.health]), person("d-1", d, [.shelter]), person("e-1", e, [.water, .waste]),
        ])

    static func person(_ id: String, _ municipality: LocalGovernmentCode, _ skills: [JobCategory]) -> StaffPerson {
        StaffPerson(
            id: StaffID(id), municipality: municipality, name: "職員 \(id)", skills: JobCategorySet(skills),
            availability: [days("2026-04-01", "2027-03-31")])
    }
}

@testable import CounterpartCore

/// A small valid roster of four Ehime municipalities, for tests to break one rule at a time.
enum RosterFixtures {
    static let ehime = try! LocalGovernmentCode("380008")
    static let matsuyama = try! LocalGovernmentCode("382019")
    static let uwajima = try! LocalGovernmentCode("382035")
    static let toon = try! LocalGovernmentCode("382159")
    static let kamijima = try! LocalGovernmentCode("383562")
    static let unknown = try! LocalGovernmentCode("382051")  // 新居浜市, not in the fixture

    static func municipality(_ code: LocalGovernmentCode, _ name: String) -> Municipality {
        Municipality(code: code, name: name, kind: .city, latitude: 33.8, longitude: 132.7)
    }

    static func person(_ id: String, _ code: LocalGovernmentCode) -> StaffPerson {
        StaffPerson(id: StaffID(id), municipality: code, name: "職員", skills: JobCategorySet([.shelter]))
    }

    static func member(_ id: String, _ code: LocalGovernmentCode, _ role: HotlineRole = .viceMayor) -> HotlineMember {
        HotlineMember(id: MemberID(id), municipality: code, role: role, name: "委員")
    }

    static var roster: Roster {
        Roster(
            prefecture: ehime, effective: try! CalendarDay("2026-04-01"),
            municipalities: [
                municipality(matsuyama, "松山市"), municipality(uwajima, "宇和島市"),
                municipality(toon, "東温市"), municipality(kamijima, "上島町"),
            ],
            groups: [
                CounterpartGroup(
                    id: "C", name: "Cグループ",
                    pairings: [
                        Pairing(affected: uwajima, primary: matsuyama, secondaries: [toon, kamijima])
                    ])
            ],
            members: [member("m-1", uwajima), member("p-1", ehime, .hqPromotion)],
            staff: [person("s-1", matsuyama), person("s-2", toon)])
    }
}

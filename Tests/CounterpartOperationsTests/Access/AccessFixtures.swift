import CounterpartCore
import CounterpartOperations

/// The world of the permission tests: the operations fixtures' group C (宇和島市's pairing:
/// 松山市 primary, 東温市 secondary) and a second group D (上島町's pairing: 今治市 primary),
/// with every municipal role at each of 宇和島, 松山, 東温 and 今治, and both headquarters
/// roles. The incident hits 宇和島 only: group D is not concerned with it.
enum AccessFixtures {
    typealias F = OperationsFixtures

    static let imabari = try! LocalGovernmentCode("382027")

    /// Where a subject belongs, as the columns of the matrix.
    enum Place: Int, CaseIterable, Sendable {
        /// Headquarters (the prefecture).
        case headquarters
        /// 宇和島市: affected; the requesting municipality.
        case uwajima
        /// 松山市: group C; the supplier (the person's municipality) of the assignments.
        case matsuyama
        /// 東温市: group C, neither requesting nor supplying.
        case toon
        /// 今治市: group D, not concerned with the incident.
        case imabari

        var code: LocalGovernmentCode {
            switch self {
            case .headquarters: return F.ehime
            case .uwajima: return F.uwajima
            case .matsuyama: return F.matsuyama
            case .toon: return F.toon
            case .imabari: return AccessFixtures.imabari
            }
        }
    }

    /// A member acting, and the column they stand in.
    struct Subject: Sendable {
        var member: HotlineMember
        var place: Place
    }

    static let municipalRoles: [HotlineRole] = [.viceMayor, .disasterManager, .personnelManager, .liaison]

    /// Every subject of the matrix: both headquarters roles, then every municipal role at
    /// each of the four municipalities (18 members).
    static let subjects: [Subject] =
        [
            Subject(member: F.member("hq-1", F.ehime, .hqDisaster), place: .headquarters),
            Subject(member: F.member("hq-2", F.ehime, .hqPromotion), place: .headquarters),
        ]
        + Place.allCases.dropFirst().flatMap { place in
            municipalRoles.map { role in
                Subject(member: F.member("m-\(place.code)-\(role)", place.code, role), place: place)
            }
        }

    /// A member of 宇和島 who is none of the subjects: items are addressed to them too.
    static let otherAddressee = F.member("m-382035-2", F.uwajima, .liaison)

    static let roster = Roster(
        prefecture: F.ehime, effective: F.day("2026-04-01"),
        municipalities: [F.matsuyama, F.uwajima, F.toon, F.kamijima, imabari].map {
            Municipality(code: $0, name: "\($0)", kind: .city, latitude: 33.8, longitude: 132.7)
        },
        groups: [
            CounterpartGroup(
                id: "C", name: "C",
                pairings: [Pairing(affected: F.uwajima, primary: F.matsuyama, secondaries: [F.toon])]
            ),
            CounterpartGroup(id: "D", name: "D", pairings: [Pairing(affected: F.kamijima, primary: imabari)]),
        ],
        members: subjects.map(\.member) + [otherAddressee])

    /// 豪雨, hitting 宇和島 only.
    static let incident = F.incident
}

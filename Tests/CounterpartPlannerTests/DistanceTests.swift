import Testing

@testable import CounterpartCore
@testable import CounterpartPlanner

@Suite struct DistanceTests {
    typealias F = PlannerFixtures

    // Expected values computed independently (Python, the formula of FORMATS.md).
    @Test(arguments: [
        (F.matsuyama, F.uwajima, 71), (F.matsuyama, F.toon, 11), (F.kamijima, F.uwajima, 129),
        (F.ainan, F.uwajima, 29), (F.shikokuchuo, F.toon, 66), (F.kamijima, F.shikokuchuo, 44),
    ])
    func haversineBetweenEhimeOffices(from: LocalGovernmentCode, to: LocalGovernmentCode, km: Int) {
        #expect(Distance.kilometres(from: F.municipality(from), to: F.municipality(to)) == km)
        #expect(Distance.kilometres(from: F.municipality(to), to: F.municipality(from)) == km)
    }

    @Test func halvesRoundAwayFromZero() {
        // On the equator a longitude difference of 10.5 / 6371 radians is 10.5 km (10.500000000000002).
        let origin = Municipality(code: F.matsuyama, name: "a", kind: .city, latitude: 0, longitude: 0)
        func at(_ degrees: Double) -> Municipality {
            Municipality(code: F.toon, name: "b", kind: .city, latitude: 0, longitude: degrees)
        }
        #expect(Distance.kilometres(from: origin, to: at(0.09442876862146671)) == 11)
        #expect(Distance.kilometres(from: origin, to: at(0.09442786929986079)) == 10)  // 10.4999 km
        #expect(Distance.kilometres(from: origin, to: origin) == 0)
    }
}

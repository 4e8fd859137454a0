import CounterpartCore
import CounterpartXML
import Foundation
import Testing

@testable import CounterpartSynthesis

@Suite struct SynthesisTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "counterpart-synthesis-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func theSameParametersGiveTheSameBytes() {
        let parameters = RosterSynthesis.Parameters(seed: 11, municipalities: 30, staff: 500)
        #expect(
            RosterWriter.bytes(of: RosterSynthesis.make(parameters))
                == RosterWriter.bytes(of: RosterSynthesis.make(parameters)))
        let roster = RosterSynthesis.make(parameters)
        let scenario = ScenarioSynthesis.Parameters(seed: 11, requests: 40, pins: 5)
        #expect(
            ScenarioWriter.bytes(of: ScenarioSynthesis.make(scenario, for: roster))
                == ScenarioWriter.bytes(of: ScenarioSynthesis.make(scenario, for: roster)))
    }

    @Test func aRosterWithNothingToHitGetsAScenarioWithNoRequests() throws {
        let empty = Roster(prefecture: try LocalGovernmentCode("380008"), effective: try CalendarDay("2026-04-01"))
        let scenario = ScenarioSynthesis.make(.init(seed: 4, requests: 10), for: empty)
        #expect(scenario.requests.isEmpty && scenario.affected.isEmpty && scenario.pins.isEmpty)
    }

    @Test func anotherSeedGivesAnotherRoster() {
        #expect(RosterSynthesis.make(.init(seed: 1)) != RosterSynthesis.make(.init(seed: 2)))
    }

    @Test func aRosterHasWhatWasAskedFor() {
        let roster = RosterSynthesis.make(.init(seed: 5, municipalities: 25, staff: 777, groups: 4))
        #expect(roster.municipalities.count == 25)
        #expect(roster.staff.count == 777)
        #expect(roster.groups.count == 4)
        #expect(roster.groups.flatMap(\.pairings).count == 25)
        #expect(roster.members.count == 25 * 4 + 2)
        #expect(roster.municipalities.map(\.code) == (0..<25).map(RosterSynthesis.municipalityCode))
    }

    @Test(arguments: [(UInt64(1), 1, 0), (2, 2, 10), (3, 20, 1500), (4, 200, 20_000), (5, 7, 3)])
    func everyGeneratedFileValidates(seed: UInt64, municipalities: Int, staff: Int) throws {
        let roster = RosterSynthesis.make(.init(seed: seed, municipalities: municipalities, staff: staff))
        let rosterReading = RosterReader.read(path: write("roster-\(seed).xml", RosterWriter.bytes(of: roster)))
        #expect(rosterReading.diagnostics.map(\.description) == [])
        #expect(rosterReading.roster == roster)
        let scenario = ScenarioSynthesis.make(.init(seed: seed, requests: 50, affected: 3, pins: 10), for: roster)
        let scenarioReading = ScenarioReader.read(
            path: write("scenario-\(seed).xml", ScenarioWriter.bytes(of: scenario)))
        #expect(scenarioReading.diagnostics.map(\.description) == [])
        #expect(scenarioReading.diagnostics(against: roster).map(\.description) == [])
        #expect(scenarioReading.scenario == scenario)
    }

    @Test func pinsObeyThePinConditions() throws {
        let roster = RosterSynthesis.make(.init(seed: 9, municipalities: 20, staff: 1500))
        let scenario = ScenarioSynthesis.make(.init(seed: 9, requests: 60, pins: 15), for: roster)
        #expect(scenario.pins.count == 15)
        let staff = Dictionary(uniqueKeysWithValues: roster.staff.map { ($0.id, $0) })
        let requests = Dictionary(uniqueKeysWithValues: scenario.requests.map { ($0.id, $0) })
        var perRequestPeriod: [String: Int] = [:]
        for pin in scenario.pins {
            let person = try #require(staff[pin.staff])
            let request = try #require(requests[pin.request])
            let window = try #require(scenario.window(of: request, inPeriod: pin.period))
            #expect(person.skills.contains(request.category))  // rule 1
            #expect(!scenario.affected.contains(person.municipality))  // rule 2
            #expect(person.isAvailable(throughout: window))  // rule 3
            perRequestPeriod["\(pin.request)#\(pin.period)", default: 0] += 1
            #expect(perRequestPeriod["\(pin.request)#\(pin.period)"]! <= request.headcount)
        }
        #expect(Set(scenario.pins.map(\.staff)).count == scenario.pins.count)  // rules 4 and 5: once each
    }

    @Test func aScenarioFitsAnyRosterWithTheSameMunicipalities() {
        let small = RosterSynthesis.make(.init(seed: 8, municipalities: 10, staff: 100))
        let other = RosterSynthesis.make(.init(seed: 99, municipalities: 10, staff: 5))
        let scenario = ScenarioSynthesis.make(.init(seed: 8), for: small)
        #expect(ScenarioCheck.problems(in: scenario, against: other).isEmpty)
    }

    @Test func staffAreApportionedByLargestRemainders() {
        #expect(StaffSynthesis.apportion(10, by: [1, 1, 1]) == [4, 3, 3])
        #expect(StaffSynthesis.apportion(7, by: [5, 0, 2]) == [5, 0, 2])
        #expect(StaffSynthesis.apportion(0, by: [3, 4]) == [0, 0])
    }
}

import CounterpartCore
import Testing

@testable import CounterpartXML

@Suite struct FormatsExamplesTests {
    let folder = TemporaryFolder()

    @Test func theRosterExampleReadsAsWritten() throws {
        let reading = RosterReader.read(path: folder.write("roster.xml", FormatsExamples.roster))
        #expect(reading.diagnostics.isEmpty)
        let roster = try #require(reading.roster)
        #expect(roster.prefecture.description == "380008")
        #expect(roster.effective.description == "2026-04-01")
        #expect(roster.scope == .full)
        #expect(roster.municipalities.map(\.name) == ["松山市", "宇和島市", "東温市", "上島町"])
        let matsuyama = roster.municipalities[0]
        #expect(matsuyama.latitude == 33.8392 && matsuyama.longitude == 132.7657)
        #expect(matsuyama.dispatchCapacity == 40 && matsuyama.population == 511_192)
        #expect(roster.municipalities[1].dispatchCapacity == nil && roster.municipalities[3].kind == .town)
        let pairing = roster.groups[0].pairings[0]
        #expect(roster.groups[0].id == "C" && roster.groups[0].name == "Cグループ")
        #expect(pairing.affected.description == "382035" && pairing.primary.description == "382019")
        #expect(pairing.secondaries.map(\.description) == ["382159", "383562"])
        #expect(roster.members.map(\.role) == [.viceMayor, .hqPromotion])
        #expect(roster.members[1].email == nil && roster.members[1].phone == "089-000-0000")
        let person = roster.staff[0]
        #expect(person.id == "s-382019-0001" && person.name == "松山 一郎")
        #expect(person.skills == JobCategorySet([.shelter, .general]))
        #expect(person.availability.map(\.description) == ["2026-04-01..2027-03-31"])
    }

    @Test func theScenarioExampleReadsAsWritten() throws {
        let reading = ScenarioReader.read(path: folder.write("scenario.xml", FormatsExamples.scenario))
        #expect(reading.diagnostics.isEmpty)
        let scenario = try #require(reading.scenario)
        #expect(scenario.id == "drill-2026-11" && scenario.name == "南予地震想定訓練")
        #expect(scenario.start.description == "2026-11-01" && scenario.rotationDays == 7)
        #expect(scenario.affected.map(\.description) == ["382035"])
        #expect(scenario.requests.map(\.id) == ["r-001", "r-002"])
        #expect(scenario.requests[0].headcount == 10 && scenario.requests[0].priority == .critical)
        #expect(
            scenario.requests[1].category == .health
                && scenario.requests[1].days.description == "2026-11-02..2026-11-08")
        #expect(scenario.pins == [Pin(request: "r-001", staff: "s-382019-0001", period: 0)])
        #expect(scenario.policy == .defaults)
    }

    @Test func theScenarioFitsTheRoster() throws {
        let roster = try #require(RosterReader.read(path: folder.write("roster.xml", FormatsExamples.roster)).roster)
        let reading = ScenarioReader.read(path: folder.write("scenario.xml", FormatsExamples.scenario))
        #expect(reading.diagnostics(against: roster).isEmpty)
    }

    @Test func aScenarioCheckedAgainstTheWrongRosterNamesItsLines() throws {
        var roster = try #require(RosterReader.read(path: folder.write("roster.xml", FormatsExamples.roster)).roster)
        roster.municipalities.remove(at: 1)
        roster.staff = []
        let reading = ScenarioReader.read(path: folder.write("scenario.xml", FormatsExamples.scenario))
        #expect(
            reading.diagnostics(against: roster).map(\.description) == [
                "\(reading.file):4: affected municipality 382035 is not in the roster",
                "\(reading.file):9: pin names staff 's-382019-0001', who is not in the roster",
            ])
    }

    @Test func eitherKindIsToldFromItsNamespace() {
        guard case .roster = DocumentReader.read(path: folder.write("a.xml", FormatsExamples.roster)) else {
            Issue.record("a roster was not recognised")
            return
        }
        guard case .scenario = DocumentReader.read(path: folder.write("b.xml", FormatsExamples.scenario)) else {
            Issue.record("a scenario was not recognised")
            return
        }
    }

    @Test func askingForTheOtherKindSaysSo() {
        let reading = ScenarioReader.read(path: folder.write("roster.xml", FormatsExamples.roster))
        #expect(reading.diagnostics.map(\.message) == ["this is a roster file; a scenario file was expected"])
    }
}

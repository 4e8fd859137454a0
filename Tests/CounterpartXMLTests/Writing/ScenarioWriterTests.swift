import CounterpartCore
import Testing

@testable import CounterpartXML

@Suite struct ScenarioWriterTests {
    let folder = TemporaryFolder()

    func exampleScenario() throws -> Scenario {
        try #require(ScenarioReader.read(path: folder.write("example.xml", FormatsExamples.scenario)).scenario)
    }

    @Test func writesTheCanonicalForm() throws {
        let text = String(decoding: ScenarioWriter.bytes(of: try exampleScenario()), as: UTF8.self)
        // The example's policy is the default, so the canonical form leaves it out.
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <scenario xmlns="urn:counterpart:scenario:1" id="drill-2026-11" name="南予地震想定訓練" start="2026-11-01" rotationDays="7">
                  <affected code="382035"/>
                  <request id="r-001" municipality="382035" category="shelter" headcount="10" from="2026-11-02" to="2026-11-15" priority="critical"/>
                  <request id="r-002" municipality="382035" category="health" headcount="2" from="2026-11-02" to="2026-11-08" priority="high"/>
                  <pin request="r-001" staff="s-382019-0001" period="0"/>
                </scenario>

                """)
    }

    @Test func aPolicyOtherThanTheDefaultIsWrittenInFull() throws {
        var scenario = try exampleScenario()
        scenario.policy = PlanningPolicy(tierCost: [.group: 1500], maxConsecutivePeriods: 2)
        let text = String(decoding: ScenarioWriter.bytes(of: scenario), as: UTF8.self)
        #expect(
            text.contains(
                """
                  <policy>
                    <tierCost primary="0" secondary="1000" group="1500" prefecture="3000"/>
                    <priorityValue critical="1000000" high="100000" normal="10000"/>
                    <maxConsecutivePeriods value="2"/>
                  </policy>
                """))
        #expect(ScenarioReader.read(path: folder.write("policy.xml", text)).scenario == scenario)
    }

    @Test func readWriteReadGivesTheSameModelAndTheSameBytes() throws {
        for name in ["drill-nankai-quake.xml", "drill-heavy-rain.xml"] {
            let shipped = try #require(ScenarioReader.read(path: RepositoryPaths.path("Data/ehime/\(name)")).scenario)
            let bytes = ScenarioWriter.bytes(of: shipped)
            let again = ScenarioReader.read(path: folder.write(name, bytes))
            #expect(again.scenario == shipped)
            #expect(ScenarioWriter.bytes(of: try #require(again.scenario)) == bytes)
        }
    }

    @Test func aMissingPriorityReadsAsNormalAndIsWrittenOut() throws {
        let path = folder.write(
            "plain.xml",
            """
            <scenario xmlns="urn:counterpart:scenario:1" id="x" start="2026-11-01">
              <affected code="382035"/>
              <request id="r" municipality="382035" category="water" headcount="1" from="2026-11-01" to="2026-11-01"/>
            </scenario>
            """)
        let scenario = try #require(ScenarioReader.read(path: path).scenario)
        #expect(scenario.requests[0].priority == .normal && scenario.rotationDays == 7 && scenario.name == nil)
        #expect(String(decoding: ScenarioWriter.bytes(of: scenario), as: UTF8.self).contains("priority=\"normal\"/>"))
    }
}

import Foundation
import Testing

@Suite struct DrillCommandTests {
    let folder = ScratchFolder()

    /// 松山市 hit for one week: 8 shelter staff and 1 nurse asked for.
    static let scenario = """
        <?xml version="1.0" encoding="UTF-8"?>
        <scenario xmlns="urn:counterpart:scenario:1" id="drill-small" name="小規模訓練" start="2026-04-06" rotationDays="7">
          <affected code="382019"/>
          <request id="r-1" municipality="382019" category="shelter" headcount="8" from="2026-04-06" to="2026-04-12" priority="critical"/>
          <request id="r-2" municipality="382019" category="health" headcount="1" from="2026-04-06" to="2026-04-12" priority="high"/>
        </scenario>

        """

    /// Outside 松山市 only six people have the shelter skill (b-1 b-2 c-1 d-1 d-2 e-1), so r-1
    /// is 2 short; the nurse b-3 fills r-2. 松山市 registered no liaison: its disaster manager
    /// is called. Headquarters: hq-disaster before hq-promotion.
    static let expectedEscalation = """
        Shortfalls and escalation 不足と上申
          1 shortfall, 2 people missing in all:
            period 0  r-1  松山市 382019  避難所運営 shelter  missing 2  not enough people outside the affected area have this skill

          Call the hit municipalities 被災市町の連絡先:
            松山市 382019  防災担当部課長 disaster-manager  松山 防災  089-000-0002

          Escalate to the national scheme (応急対策職員派遣制度) through headquarters 県災害対策本部:
            県災害対策本部・防災局 hq-disaster  県庁 防災  089-000-1000
            市町振興課 hq-promotion             県庁 振興  089-000-2000

        """

    @Test func aDrillWithAShortfallShowsWhomToCall() throws {
        let roster = folder.write("roster.xml", SmallRoster.roster)
        let scenario = folder.write("drill.xml", Self.scenario)
        let result = try CommandRunner.run(["drill", "run", scenario, "--roster", roster])
        #expect(result.status == 0 && result.standardError == "")
        #expect(result.standardOutput.hasPrefix("小規模訓練 (drill-small): 1 period of 7 days from 2026-04-06\n"))
        #expect(result.standardOutput.contains("  r-1  松山市  避難所運営 shelter  緊急 critical  6/8\n"))
        #expect(result.standardOutput.hasSuffix("\n" + Self.expectedEscalation))
    }

    @Test func aDrillWithoutShortfallSaysSoPlainly() throws {
        let roster = folder.write("roster.xml", SmallRoster.roster)
        let scenario = folder.write(
            "drill.xml", Self.scenario.replacingOccurrences(of: "headcount=\"8\"", with: "headcount=\"6\""))
        let result = try CommandRunner.run(["drill", "run", scenario, "--roster", roster])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix(
                """

                Shortfalls and escalation 不足と上申
                  No shortfalls: the prefecture's groups fill every request of this drill. Nothing to escalate.

                """))
    }

    @Test func aBadScenarioIsReportedAtItsLine() throws {
        let roster = folder.write("roster.xml", SmallRoster.roster)
        let scenario = folder.write(
            "drill.xml",
            Self.scenario.replacingOccurrences(
                of: "municipality=\"382019\" category=\"health\"", with: "municipality=\"382027\" category=\"health\""))
        let result = try CommandRunner.run(["drill", "run", scenario, "--roster", roster])
        #expect(result.status == 1 && result.standardOutput == "")
        #expect(
            result.standardError
                == "\(scenario):5: request 'r-2' comes from municipality 382027, which is not listed as affected\n")
    }

    @Test func drillHelpListsRun() throws {
        let result = try CommandRunner.run(["drill", "--help"])
        #expect(result.status == 0 && result.standardOutput.contains("\n  run "))
    }
}

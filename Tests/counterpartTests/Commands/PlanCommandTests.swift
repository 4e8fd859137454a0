import Foundation
import Testing

@Suite struct PlanCommandTests {
    let folder = ScratchFolder()

    /// The two examples of FORMATS.md, verbatim, from the XML layer's test corpus.
    static let roster = example("formats-roster-example.xml")
    static let scenario = example("formats-scenario-example.xml")

    static func example(_ name: String) -> String {
        let url = CommandRunner.repositoryRoot.appendingPathComponent("Tests/CounterpartXMLTests/Corpus/good/\(name)")
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// The full plan of the FORMATS.md example, worked by hand: 松山→宇和島 is 71 km, so each
    /// assignment costs 0 + 71 − 1,000,000; the one person rests in period 1.
    static let expectedJSON = """
        {
          "format": "counterpart-plan/1",
          "scenario": "drill-2026-11",
          "periods": [
            {
              "index": 0, "from": "2026-11-01", "to": "2026-11-07", "cost": -999929,
              "assignments": [
                {"request": "r-001", "staff": "s-382019-0001", "supplier": "382019", "tier": "primary", "distanceKm": 71, "from": "2026-11-02", "to": "2026-11-07"}
              ],
              "shortfalls": [
                {"request": "r-001", "category": "shelter", "missing": 9, "reason": "not enough people outside the affected area have this skill"},
                {"request": "r-002", "category": "health", "missing": 2, "reason": "not enough people outside the affected area have this skill"}
              ]
            },
            {
              "index": 1, "from": "2026-11-08", "to": "2026-11-14", "cost": 0,
              "assignments": [],
              "shortfalls": [
                {"request": "r-001", "category": "shelter", "missing": 10, "reason": "qualified, available people are resting after serving the periods just before (rule 5)"},
                {"request": "r-002", "category": "health", "missing": 2, "reason": "not enough people outside the affected area have this skill"}
              ]
            },
            {
              "index": 2, "from": "2026-11-15", "to": "2026-11-21", "cost": -999929,
              "assignments": [
                {"request": "r-001", "staff": "s-382019-0001", "supplier": "382019", "tier": "primary", "distanceKm": 71, "from": "2026-11-15", "to": "2026-11-15"}
              ],
              "shortfalls": [
                {"request": "r-001", "category": "shelter", "missing": 9, "reason": "not enough people outside the affected area have this skill"}
              ]
            }
          ]
        }

        """

    func files() -> (String, String) {
        (folder.write("roster.xml", Self.roster), folder.write("scenario.xml", Self.scenario))
    }

    @Test func theFormatsExamplePlansToTheHandWorkedJSON() throws {
        let (roster, scenario) = files()
        let result = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario])
        #expect(result.status == 0 && result.standardError == "")
        #expect(result.standardOutput == Self.expectedJSON)
        #expect(try JSONSerialization.jsonObject(with: result.outputBytes) is [String: Any])
    }

    @Test func outputWritesTheSameJSONToAFile() throws {
        let (roster, scenario) = files()
        let path = folder.path("plan.json")
        let result = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario, "--output", path])
        #expect(result.status == 0 && result.standardOutput == "")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.expectedJSON)
    }

    @Test func theTextIsForPeople() throws {
        let (roster, scenario) = files()
        let result = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario, "--format", "text"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix(
                """
                南予地震想定訓練 (drill-2026-11): 3 periods of 7 days from 2026-11-01

                Period 0  2026-11-01 – 2026-11-07  cost −999,929
                  r-001  宇和島市  避難所運営 shelter  緊急 critical  1/10
                      松山 一郎  s-382019-0001  松山市  一次支援 primary  71 km  2026-11-02 – 2026-11-07  確定 pinned
                  r-002  宇和島市  保健師 health       高 high        0/2
                  Shortfalls 不足 (escalate 応急対策職員派遣制度):
                    r-001  宇和島市  避難所運営 shelter  missing 9  not enough people outside the affected area have this skill
                    r-002  宇和島市  保健師 health       missing 2  not enough people outside the affected area have this skill

                """))
    }

    @Test func explainNamesTheSuppliersOfOneRequest() throws {
        let (roster, scenario) = files()
        let result = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario, "--explain", "r-001"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Period 1  window 2026-11-08 – 2026-11-14  filled 0/10"))
        #expect(result.standardOutput.contains("1 resting (rule 5)"))
        #expect(result.standardOutput.contains("chosen: s-382019-0001"))
        let unknown = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario, "--explain", "r-404"])
        #expect(unknown.status == 2 && unknown.standardError.contains("the scenario has no request 'r-404'"))
    }

    @Test func aBadPinIsReportedAtItsLineAndNoPlanIsMade() throws {
        let roster = folder.write("roster.xml", Self.roster)
        let scenario = folder.write(
            "scenario.xml",
            Self.scenario.replacingOccurrences(
                of: "<pin request=\"r-001\"", with: "<pin request=\"r-002\""))
        let result = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario])
        #expect(result.status == 1 && result.standardOutput == "")
        #expect(
            result.standardError
                == "\(scenario):9: pin of 's-382019-0001' to 'r-002' in period 0: 's-382019-0001' does not have the skill health (保健師) (rule 1)\n"
        )
    }

    @Test func aScenarioThatDoesNotFitTheRosterIsBadInput() throws {
        let roster = folder.write("roster.xml", Self.roster)
        let scenario = folder.write(
            "scenario.xml", Self.scenario.replacingOccurrences(of: "staff=\"s-382019-0001\"", with: "staff=\"s-x\""))
        let result = try CommandRunner.run(["plan", "--roster", roster, "--scenario", scenario])
        #expect(result.status == 1)
        #expect(result.standardError == "\(scenario):9: pin names staff 's-x', who is not in the roster\n")
    }

    @Test func theShippedDrillsPlanTheSameEveryTime() throws {
        for drill in ["drill-nankai-quake.xml", "drill-heavy-rain.xml"] {
            let arguments = [
                "plan", "--roster", "Data/ehime/roster.xml", "--scenario", "Data/ehime/\(drill)", "--format", "json",
            ]
            let first = try CommandRunner.run(arguments)
            let second = try CommandRunner.run(arguments)
            #expect(first.status == 0 && first.outputBytes == second.outputBytes)
            let plan = try JSONSerialization.jsonObject(with: first.outputBytes) as! [String: Any]
            #expect((plan["periods"] as! [Any]).count == 4)
        }
    }
}

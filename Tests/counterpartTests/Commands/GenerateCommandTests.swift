import Foundation
import Testing

@Suite struct GenerateCommandTests {
    let folder = ScratchFolder()

    @Test func aRosterIsTheSameEveryTimeAndValid() throws {
        let first = try CommandRunner.run([
            "generate", "roster", "--seed", "4", "--municipalities", "12", "--staff", "300",
        ])
        let second = try CommandRunner.run([
            "generate", "roster", "--seed", "4", "--municipalities", "12", "--staff", "300",
        ])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.outputBytes == second.outputBytes && !first.outputBytes.isEmpty)
        let path = folder.write("roster.xml", first.standardOutput)
        let check = try CommandRunner.run(["validate", path])
        #expect(
            check.standardOutput == "\(path): valid full roster: 12 municipalities, 3 groups, 50 members, 300 staff\n")
    }

    @Test func aScenarioFitsTheRosterOfTheSameOptions() throws {
        let roster = folder.path("roster.xml")
        let scenario = folder.path("scenario.xml")
        let options = ["--seed", "6", "--municipalities", "15", "--staff", "400"]
        #expect(try CommandRunner.run(["generate", "roster"] + options + ["--output", roster]).status == 0)
        let made = try CommandRunner.run(
            ["generate", "scenario"] + options + ["--requests", "25", "--pins", "4", "-o", scenario])
        #expect(made.status == 0 && made.standardOutput == "")
        let check = try CommandRunner.run(["validate", roster, scenario])
        #expect(check.status == 0)
        #expect(
            check.standardOutput.contains("\(scenario): valid scenario 'synthetic-6': 3 affected, 25 requests, 4 pins"))
    }

    @Test func aScenarioCanBeMadeForTheEhimeRoster() throws {
        let scenario = folder.path("ehime-drill.xml")
        let made = try CommandRunner.run([
            "generate", "scenario", "--seed", "1", "--roster", "Data/ehime/roster.xml", "--pins", "3", "-o", scenario,
        ])
        #expect(made.status == 0)
        let check = try CommandRunner.run(["validate", "Data/ehime/roster.xml", scenario])
        #expect(check.status == 0 && check.standardError == "")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let result = try CommandRunner.run(["generate", "roster", "--seed", "1", "--municipalities", "0"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--municipalities must be from 1 to 89999."))
        let noSeed = try CommandRunner.run(["generate", "scenario"])
        #expect(noSeed.status == 2 && noSeed.standardError.contains("Missing expected argument '--seed <seed>'"))
        let badDay = try CommandRunner.run(["generate", "scenario", "--seed", "1", "--start", "2026-02-30"])
        #expect(badDay.status == 2 && badDay.standardError.contains("'2026-02-30' is not a day of the calendar"))
    }

    @Test func anUnwritableOutputIsReportedAndLeavesNothingBehind() throws {
        let target = folder.path("missing-folder/roster.xml")
        let result = try CommandRunner.run(["generate", "roster", "--seed", "1", "-o", target])
        #expect(result.status != 0)
        #expect(result.standardError.contains("missing-folder/roster.xml: cannot write: No such file or directory"))
    }

    /// Issue 14, item 24: a roster without a municipality to hit (only headquarters) is
    /// refused with one line instead of a crash; nothing is written.
    @Test func aRosterWithoutMunicipalitiesIsRefused() throws {
        let roster = folder.write(
            "headquarters.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <members>
                <member id="p-1" municipality="380008" role="hq-disaster" name="県庁 防災"/>
              </members>
            </roster>

            """)
        let output = folder.path("scenario.xml")
        let result = try CommandRunner.run(["generate", "scenario", "--seed", "1", "--roster", roster, "-o", output])
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "\(roster): the roster has no municipality besides the prefecture's headquarters; a scenario needs at least one to hit\n"
        )
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

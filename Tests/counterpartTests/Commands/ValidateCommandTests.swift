import Foundation
import Testing

@Suite struct ValidateCommandTests {
    let folder = ScratchFolder()

    @Test func theShippedEhimeDataIsValid() throws {
        let result = try CommandRunner.run([
            "validate", "Data/ehime/roster.xml", "Data/ehime/drill-nankai-quake.xml", "Data/ehime/drill-heavy-rain.xml",
        ])
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                Data/ehime/roster.xml: valid full roster: 20 municipalities, 3 groups, 90 members, 1500 staff
                Data/ehime/drill-nankai-quake.xml: valid scenario 'drill-nankai-2026': 5 affected, 34 requests, 0 pins
                Data/ehime/drill-heavy-rain.xml: valid scenario 'drill-heavy-rain-2026': 5 affected, 26 requests, 0 pins

                """)
        #expect(result.standardError == "")
    }

    @Test func theShippedDemandProfilesAreValid() throws {
        let result = try CommandRunner.run(["validate", "Data/ehime/demand-quake.xml", "Data/ehime/demand-flood.xml"])
        #expect(result.status == 0 && result.standardError == "")
        #expect(
            result.standardOutput == """
                Data/ehime/demand-quake.xml: valid demand profile 'quake': 10 needs, rotation 7 days
                Data/ehime/demand-flood.xml: valid demand profile 'flood': 10 needs, rotation 7 days

                """)
    }

    @Test func everyProblemIsPrintedWithFileAndLineAndTheExitIsOne() throws {
        let bad = folder.write(
            "bad.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382018" name="松山市" kind="city" lat="33.8392" lon="132.7657"/>
                <municipality code="382035" name="宇和島市" kind="city" lat="33.2233" lon="132.5606"/>
              </municipalities>
              <staff>
                <person id="s-1" municipality="382035" name="宇和島 一郎" skills="shelter"/>
                <person id="s-1" municipality="382035" name="宇和島 二郎" skills="general"/>
              </staff>
            </roster>
            """)
        let result = try CommandRunner.run(["validate", bad])
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError == """
                \(bad):4: code: '382018' is not a valid local government code: its check digit should be 9
                \(bad):9: staff id 's-1' is used twice
                2 problems in 1 of 1 file.

                """)
    }

    @Test func validFilesAreSummarisedEvenWhenOthersAreBad() throws {
        let empty = folder.write("empty.xml", "")
        let result = try CommandRunner.run(["validate", "Data/ehime/roster.xml", empty])
        #expect(result.status == 1)
        #expect(
            result.standardOutput
                == "Data/ehime/roster.xml: valid full roster: 20 municipalities, 3 groups, 90 members, 1500 staff\n")
        #expect(result.standardError == "\(empty): the file is empty\n1 problem in 1 of 2 files.\n")
    }

    @Test func aScenarioIsCheckedAgainstTheRosterGivenWithIt() throws {
        let scenario = folder.write(
            "drill.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <scenario xmlns="urn:counterpart:scenario:1" id="d" start="2026-11-01">
              <affected code="382035"/>
              <affected code="990001"/>
              <request id="r-1" municipality="382035" category="shelter" headcount="1" from="2026-11-01" to="2026-11-03"/>
              <pin request="r-1" staff="s-nobody" period="0"/>
            </scenario>
            """)
        let alone = try CommandRunner.run(["validate", scenario])
        #expect(alone.status == 0)
        let together = try CommandRunner.run(["validate", "Data/ehime/roster.xml", scenario])
        #expect(together.status == 1)
        #expect(
            together.standardError == """
                \(scenario):4: affected municipality 990001 is not in the roster (checked against Data/ehime/roster.xml)
                \(scenario):6: pin names staff 's-nobody', who is not in the roster (checked against Data/ehime/roster.xml)
                2 problems in 1 of 2 files.

                """)
    }

    @Test func noFileIsAUsageError() throws {
        let result = try CommandRunner.run(["validate"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("Error: Missing expected argument '<files> ...'"))
    }

    @Test func worksFromAnyFolderBecauseTheSchemasAreBuiltIn() throws {
        let roster = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path
        let result = try CommandRunner.run(["validate", roster], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix("valid full roster: 20 municipalities, 3 groups, 90 members, 1500 staff\n"))
    }

    /// Issue 14, item 21: a file with 10,000 problems gives its first 100 and says how many
    /// more there are, quickly.
    @Test func aFloodOfProblemsIsCutAtAHundred() throws {
        let people = (1...10_000).map {
            "    <person id=\"s-\($0)\" municipality=\"382019\" name=\"職員\" skills=\"nonsense\"/>"
        }
        let bad = folder.write(
            "flood.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7656"/>
              </municipalities>
              <staff>
            \(people.joined(separator: "\n"))
              </staff>
            </roster>

            """)
        let started = ContinuousClock.now
        let result = try CommandRunner.run(["validate", bad])
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 103)
        #expect(lines.prefix(100).allSatisfy { $0.hasPrefix("\(bad):") && $0.contains("skills") })
        #expect(lines[0].hasPrefix("\(bad):7: ") && lines[99].hasPrefix("\(bad):106: "))
        #expect(lines[100] == "\(bad): and 9900 more problems not shown (at most 100 are listed for a file)")
        #expect(lines[101] == "10000 problems in 1 of 1 file.")
    }

    /// Issue 14, item 22: a roster saved as "Shift_JIS" by Windows software (Windows-31J,
    /// with ① and 髙) is valid, and its names are stored as written.
    @Test func aShiftJISRosterWithWindowsCharactersIsValid() throws {
        let text = """
            <?xml version="1.0" encoding="Shift_JIS"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382019" name="NAME" kind="city" lat="33.8392" lon="132.7656"/>
              </municipalities>
            </roster>

            """
        let parts = text.components(separatedBy: "NAME")
        // 髙松山① in Windows-31J.
        let name: [UInt8] = [0xEE, 0xE0, 0x8F, 0xBC, 0x8E, 0x52, 0x87, 0x40]
        let path = folder.path("shift-jis.xml")
        FileManager.default.createFile(atPath: path, contents: Data(Array(parts[0].utf8) + name + Array(parts[1].utf8)))
        let result = try CommandRunner.run(["validate", path])
        #expect(result.standardError == "")
        #expect(result.standardOutput == "\(path): valid full roster: 1 municipalities, 0 groups, 0 members, 0 staff\n")
        let database = folder.path("counterpart.sqlite")
        #expect(try CommandRunner.run(["roster", "import", path, "--db", database]).status == 0)
        #expect(
            try CommandRunner.run(["roster", "show", "--db", database]).standardOutput.contains("\n髙松山① 382019 (市)"))
    }

    /// Issue 14, item 23: a file that says ISO-8859-1 (or latin1, windows-1252) but is
    /// written in UTF-8 is read as it says, so its Japanese names come out garbled: it is
    /// valid, with a warning at the line of the first such name, by `validate` and by
    /// `roster import`. (宇和島 in UTF-8 has no byte windows-1252 lacks.)
    @Test(arguments: ["ISO-8859-1", "latin1", "windows-1252"])
    func aFileSayingLatin1ButWrittenInUTF8GetsAWarning(label: String) throws {
        let path = folder.write(
            "latin.xml",
            """
            <?xml version="1.0" encoding="\(label)"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382035" name="宇和島市" kind="city" lat="33.2233" lon="132.5606"/>
              </municipalities>
            </roster>

            """)
        let warning =
            "\(path):4: warning: the file says \(label), but its bytes look like UTF-8: Japanese names will be garbled; save it as UTF-8 with encoding=\"UTF-8\"\n"
        let validated = try CommandRunner.run(["validate", path])
        #expect(validated.status == 0)
        #expect(
            validated.standardOutput == "\(path): valid full roster: 1 municipalities, 0 groups, 0 members, 0 staff\n")
        #expect(validated.standardError == warning)
        let imported = try CommandRunner.run(["roster", "import", path, "--db", folder.path("counterpart.sqlite")])
        #expect(imported.status == 0)
        #expect(imported.standardError == warning)
    }

    /// 松山市 in UTF-8 has bytes windows-1252 lacks: the file cannot be read, and the warning
    /// says why.
    @Test func aFileSayingWindows1252ThatCannotBeReadGetsTheWarningToo() throws {
        let path = folder.write(
            "latin.xml",
            """
            <?xml version="1.0" encoding="windows-1252"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382019" name="松山市" kind="city" lat="33.8392" lon="132.7656"/>
              </municipalities>
            </roster>

            """)
        let result = try CommandRunner.run(["validate", path])
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix(
                "\(path):4: warning: the file says windows-1252, but its bytes look like UTF-8: Japanese names will be garbled; save it as UTF-8 with encoding=\"UTF-8\"\n\(path):4: not well-formed XML: the bytes cannot be read in the encoding the file declares"
            ))
    }

    /// A file really in ISO-8859-1, or one in plain ASCII, gets no warning.
    @Test func aFileReallyInLatin1GetsNoWarning() throws {
        let text = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <roster xmlns="urn:counterpart:roster:1" prefecture="380008" effective="2026-04-01">
              <municipalities>
                <municipality code="382019" name="NAME" kind="city" lat="33.8392" lon="132.7656"/>
              </municipalities>
            </roster>

            """
        let parts = text.components(separatedBy: "NAME")
        let latin = folder.path("latin.xml")
        FileManager.default.createFile(
            atPath: latin, contents: Data(Array(parts[0].utf8) + [0x4D, 0xE9, 0x78] + Array(parts[1].utf8)))
        let ascii = folder.write("ascii.xml", text.replacingOccurrences(of: "NAME", with: "Matsuyama"))
        let result = try CommandRunner.run(["validate", latin, ascii])
        #expect(result.status == 0 && result.standardError == "")
    }
}

import Foundation
import Testing

/// `counterpart coverage` on the small roster whose every single and double hit is worked
/// by hand in `Tests/CounterpartCoverageTests/CoverageSweepTests.swift` (the reasoning is there).
@Suite struct CoverageCommandTests {
    let folder = ScratchFolder()

    func files(demand: String = SmallRoster.demand) -> (roster: String, demand: String) {
        (folder.write("roster.xml", SmallRoster.roster), folder.write("demand.xml", demand))
    }

    /// Single hits: only 松山市 is short (2 shelter people: the 6 outside it are all sent).
    /// Supporters over the five sets: 新居浜市 8 in 4, 今治市 5 in 2, 八幡浜市 5 in 2 (codes
    /// break the tie), 宇和島市 4 in 2, 松山市 3 in 1.
    static let expectedText = """
        Coverage 充足分析: 小規模テスト (small), rotation period 0 of 7 days from 2026-04-01 (the roster's effective day)
        Roster: 5 municipalities, 15 staff; 5 single hits tried

        Single hits 単独被災, most severe first:
        1. 松山市 382019  short 2 of 12
             避難所運営 shelter  緊急 critical  needed 8  filled 6  missing 2  not enough people outside the affected area have this skill
             filled by tier: 一次支援 primary 3, 二次支援 secondary 2, グループ内 group 0, 県内 prefecture 5
        2. 今治市 382027  covered (6 people)
             filled by tier: 一次支援 primary 3, 二次支援 secondary 2, グループ内 group 0, 県内 prefecture 1
        3. 宇和島市 382035  covered (4 people)
             filled by tier: 一次支援 primary 3, 二次支援 secondary 1, グループ内 group 0, 県内 prefecture 0
        4. 八幡浜市 382043  covered (3 people)
             filled by tier: 一次支援 primary 3, 二次支援 secondary 0, グループ内 group 0, 県内 prefecture 0
        5. 新居浜市 382051  covered (2 people)
             filled by tier: 一次支援 primary 0, 二次支援 secondary 0, グループ内 group 0, 県内 prefecture 2
             新居浜市 382051: population unknown: minimums used

        Summary 要約
          Single hits that cannot be covered: 1 of 5
            松山市 382019: 避難所運営 shelter 2
          Supporters most relied on (people over all sets tried):
            新居浜市 382051  8 people  in 4 sets
            今治市 382027    5 people  in 2 sets
            八幡浜市 382043  5 people  in 2 sets
            宇和島市 382035  4 people  in 2 sets
            松山市 382019    3 people  in 1 set

        """

    /// Per set and category: needed filled missing | primary secondary group prefecture, as
    /// worked by hand in CoverageSweepTests; sets in severity order.
    static let expectedRows = [
        "382019,松山市,shelter,critical,8,6,2,2,1,0,3", "382019,松山市,health,high,2,2,0,1,0,0,1",
        "382019,松山市,waste,normal,2,2,0,0,1,0,1",
        "382027,今治市,shelter,critical,4,4,0,3,1,0,0", "382027,今治市,health,high,1,1,0,0,0,0,1",
        "382027,今治市,waste,normal,1,1,0,0,1,0,0",
        "382035,宇和島市,shelter,critical,2,2,0,2,0,0,0", "382035,宇和島市,health,high,1,1,0,1,0,0,0",
        "382035,宇和島市,waste,normal,1,1,0,0,1,0,0",
        "382043,八幡浜市,shelter,critical,1,1,0,1,0,0,0", "382043,八幡浜市,health,high,1,1,0,1,0,0,0",
        "382043,八幡浜市,waste,normal,1,1,0,1,0,0,0",
        "382051,新居浜市,shelter,critical,1,1,0,0,0,0,1", "382051,新居浜市,health,high,1,1,0,0,0,0,1",
        "382019+382027,松山市+今治市,shelter,critical,12,4,8,0,1,0,3", "382019+382027,松山市+今治市,health,high,3,2,1,0,0,0,2",
        "382019+382027,松山市+今治市,waste,normal,3,2,1,0,1,0,1",
        "382019+382043,松山市+八幡浜市,shelter,critical,9,4,5,3,1,0,0", "382019+382043,松山市+八幡浜市,health,high,3,2,1,2,0,0,0",
        "382019+382043,松山市+八幡浜市,waste,normal,3,2,1,1,1,0,0",
        "382019+382035,松山市+宇和島市,shelter,critical,10,5,5,4,0,0,1", "382019+382035,松山市+宇和島市,health,high,3,3,0,2,0,0,1",
        "382019+382035,松山市+宇和島市,waste,normal,3,1,2,0,1,0,0",
        "382019+382051,松山市+新居浜市,shelter,critical,9,5,4,2,1,0,2", "382019+382051,松山市+新居浜市,health,high,3,2,1,1,0,0,1",
        "382019+382051,松山市+新居浜市,waste,normal,2,1,1,0,1,0,0",
        "382027+382043,今治市+八幡浜市,shelter,critical,5,5,0,4,1,0,0", "382027+382043,今治市+八幡浜市,health,high,2,1,1,1,0,0,0",
        "382027+382043,今治市+八幡浜市,waste,normal,2,2,0,1,1,0,0",
        "382027+382051,今治市+新居浜市,shelter,critical,5,5,0,3,1,0,1", "382027+382051,今治市+新居浜市,health,high,2,1,1,0,0,0,1",
        "382027+382051,今治市+新居浜市,waste,normal,1,1,0,0,1,0,0",
        "382043+382051,八幡浜市+新居浜市,shelter,critical,2,2,0,0,0,1,1", "382043+382051,八幡浜市+新居浜市,health,high,2,1,1,0,0,0,1",
        "382043+382051,八幡浜市+新居浜市,waste,normal,1,1,0,0,0,1,0",
        "382027+382035,今治市+宇和島市,shelter,critical,6,6,0,5,0,0,1", "382027+382035,今治市+宇和島市,health,high,2,2,0,1,0,0,1",
        "382027+382035,今治市+宇和島市,waste,normal,2,1,1,0,1,0,0",
        "382035+382043,宇和島市+八幡浜市,shelter,critical,3,3,0,1,0,0,2", "382035+382043,宇和島市+八幡浜市,health,high,2,2,0,1,0,0,1",
        "382035+382043,宇和島市+八幡浜市,waste,normal,2,2,0,1,0,0,1",
        "382035+382051,宇和島市+新居浜市,shelter,critical,3,3,0,2,0,0,1", "382035+382051,宇和島市+新居浜市,health,high,2,2,0,1,0,0,1",
        "382035+382051,宇和島市+新居浜市,waste,normal,1,1,0,0,0,0,1",
    ]

    @Test func theTextOfTheSingleHitsIsTheHandWorkedOne() throws {
        let (roster, demand) = files()
        let result = try CommandRunner.run(["coverage", "--demand", demand, "--roster", roster])
        #expect(result.status == 0 && result.standardError == "")
        #expect(result.standardOutput == Self.expectedText)
    }

    @Test func theCSVOfEveryPairIsTheHandWorkedOne() throws {
        let (roster, demand) = files()
        let result = try CommandRunner.run([
            "coverage", "--demand", demand, "--roster", roster, "--depth", "2", "--format", "csv",
        ])
        #expect(result.status == 0 && result.standardError == "")
        let header = "hits,hit_names,category,priority,needed,filled,missing,primary,secondary,group,prefecture"
        #expect(result.standardOutput == "\u{FEFF}" + ([header] + Self.expectedRows).map { $0 + "\r\n" }.joined())
        #expect(result.outputBytes.starts(with: [0xEF, 0xBB, 0xBF, 0x68]), "a byte order mark: Excel reads UTF-8")
    }

    @Test(.enabled(if: LibreOffice.isAvailable, "\(LibreOffice.absence)"))
    func theWorkbookHoldsTheRowsOfTheCSVAsLibreOfficeShowsThem() throws {
        let (roster, demand) = files()
        let path = folder.path("coverage.xlsx")
        let result = try CommandRunner.run([
            "coverage", "--demand", demand, "--roster", roster, "--depth", "2", "--format", "xlsx", "-o", path,
        ])
        #expect(result.status == 0 && result.standardError == "")
        let sheets = try LibreOffice.sheets(of: path, names: ["Summary", "By hit and category"])
        let rows = try #require(sheets["By hit and category"])
        let header = "hits,hit_names,category,priority,needed,filled,missing,primary,secondary,group,prefecture"
        #expect(rows.map { $0.joined(separator: ",") } == [header] + Self.expectedRows)
        #expect(sheets["Summary"]?[1] == [Self.expectedText.split(separator: "\n")[0].description])
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let (roster, demand) = files()
        let arguments = ["coverage", "--demand", demand, "--roster", roster, "--depth", "2"]
        let first = try CommandRunner.run(arguments)
        let second = try CommandRunner.run(arguments)
        #expect(first.status == 0 && first.outputBytes == second.outputBytes)
        #expect(first.standardOutput.contains("  Pairs with a shortfall: 8 of 10\n"))
        #expect(
            first.standardOutput.contains(
                "    short most often (pairs): 保健師 health 6, 災害廃棄物 waste 5, 避難所運営 shelter 4\n"))
    }

    @Test func theHTMLIsOneSelfContainedPageWithEscapedText() throws {
        let (roster, demand) = files(
            demand: SmallRoster.demand.replacingOccurrences(of: "小規模テスト", with: "A&amp;B &lt;test&gt;"))
        let path = folder.path("coverage.html")
        let result = try CommandRunner.run([
            "coverage", "--demand", demand, "--roster", roster, "--depth", "2", "--format", "html", "-o", path,
        ])
        #expect(result.status == 0 && result.standardOutput == "")
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("A&amp;B &lt;test&gt; (small)") && !html.contains("<test>"))
        #expect(
            !html.contains("<script") && !html.contains("http://") && !html.contains("https://")
                && !html.contains("<link"))
        // 松山市 alone: shelter 6 of 8 (a quarter missing: light); 松山市 + 今治市: 4 of 12 (heavy).
        #expect(html.contains("<td class=\"n light\">6/8</td>"))
        #expect(html.contains("<td class=\"n heavy\">4/12</td>"))
        #expect(html.contains("<td class=\"n none\">0 of 7</td>"), "宇和島市 + 八幡浜市 is covered: none of 7 missing")
    }

    @Test func csvFieldsWithCommasAndQuotesAreQuoted() throws {
        let demand = files().demand
        let quoted = folder.write(
            "quoted.xml",
            SmallRoster.roster.replacingOccurrences(
                of: "name=\"新居浜市\"", with: "name=\"新居浜, &quot;市&quot;\""))
        let result = try CommandRunner.run(["coverage", "--demand", demand, "--roster", quoted, "--format", "csv"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix(
                "382051,\"新居浜, \"\"市\"\"\",shelter,critical,1,1,0,0,0,0,1\r\n382051,\"新居浜, \"\"市\"\"\",health,high,1,1,0,0,0,0,1\r\n"
            ))
    }

    /// Issue 14, item 8: a name a spreadsheet would run as a formula gets a `'` in front.
    @Test func csvFieldsThatLookLikeFormulasAreNeutralised() throws {
        let demand = files().demand
        let formula = folder.write(
            "formula.xml",
            SmallRoster.roster.replacingOccurrences(
                of: "name=\"新居浜市\"", with: "name=\"=HYPERLINK(&quot;http://x.example&quot;,&quot;市&quot;)\""))
        let result = try CommandRunner.run(["coverage", "--demand", demand, "--roster", formula, "--format", "csv"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix(
                "382051,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"市\"\")\",health,high,1,1,0,0,0,0,1\r\n"))
        #expect(!result.standardOutput.contains(",=") && !result.standardOutput.contains(",\"="))
    }

    @Test func aGivenStartDayIsNamedInTheHeader() throws {
        let (roster, demand) = files()
        let result = try CommandRunner.run([
            "coverage", "--demand", demand, "--roster", roster, "--start", "2026-05-01",
        ])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix(
                "Coverage 充足分析: 小規模テスト (small), rotation period 0 of 7 days from 2026-05-01 (--start)\n"))
    }

    @Test func aBadDemandFileIsReportedAtItsLine() throws {
        let (roster, demand) = files(
            demand: SmallRoster.demand.replacingOccurrences(of: "category=\"waste\"", with: "category=\"shelter\""))
        let result = try CommandRunner.run(["coverage", "--demand", demand, "--roster", roster])
        #expect(result.status == 1 && result.standardOutput == "")
        #expect(result.standardError == "\(demand):5: category 'shelter' is listed twice (first at line 3)\n")
    }

    @Test func depthIsOneOrTwo() throws {
        let (roster, demand) = files()
        let result = try CommandRunner.run(["coverage", "--demand", demand, "--roster", roster, "--depth", "3"])
        #expect(result.status == 2 && result.standardOutput == "")
        #expect(result.standardError.hasPrefix("Error: --depth must be 1 or 2."))
    }

    @Test func withoutARosterFileTheDatabaseIsUsed() throws {
        let (roster, demand) = files()
        let database = folder.path("counterpart.sqlite")
        let missing = try CommandRunner.run(["coverage", "--demand", demand, "--db", database])
        #expect(missing.status == 1 && missing.standardError.hasPrefix("no database at \(database) (given with --db)"))
        #expect(!FileManager.default.fileExists(atPath: database))
        // An empty file chosen on purpose is opened, and holds no roster.
        _ = FileManager.default.createFile(atPath: database, contents: nil)
        let empty = try CommandRunner.run(["coverage", "--demand", demand, "--db", database])
        #expect(empty.status == 1)
        #expect(
            empty.standardError
                == "\(database): no roster stored yet; give --roster FILE or import one with 'counterpart roster import'\n"
        )
        #expect(try CommandRunner.run(["roster", "import", roster, "--db", database]).status == 0)
        let stored = try CommandRunner.run(["coverage", "--demand", demand, "--db", database])
        #expect(stored.status == 0 && stored.standardOutput == Self.expectedText)
    }

    /// Issue 14, item 24: the longest rotation and need a demand file can hold (2147483647
    /// days, the largest xs:int) overflowed the calendar. Period 0 now ends on the calendar's
    /// last day, as a scenario's does, and nobody is free for all of it: every need is short.
    @Test func theLongestRotationAndNeedGiveAResultNotACrash() throws {
        let demand = folder.write(
            "longest.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <demand xmlns="urn:counterpart:demand:1" id="longest" rotationDays="2147483647">
              <need category="shelter" perTenThousand="2.00" minimum="1" days="2147483647" priority="critical"/>
            </demand>

            """)
        let roster = files().roster
        let result = try CommandRunner.run(["coverage", "--demand", demand, "--roster", roster, "--format", "csv"])
        #expect(result.status == 0)
        // Nobody's list runs that long: the only words on standard error are the April warnings.
        #expect(
            result.standardError.split(separator: "\n").allSatisfy {
                $0.hasPrefix("warning: ") && $0.hasSuffix("roster not renewed?")
            })
        let rows = result.standardOutput.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.contains(",shelter,critical,") && $0.hasSuffix(",0,0,0,0") })
        let text = try CommandRunner.run(["coverage", "--demand", demand, "--roster", roster])
        #expect(text.status == 0)
        #expect(
            text.standardOutput.hasPrefix(
                "Coverage 充足分析: longest, rotation period 0 of 2147483647 days from 2026-04-01"))
    }
}

import Foundation
import Testing

/// Issue "Japanese first", item 5: with a Japanese locale the reports for people speak
/// Japanese; ids, codes and tokens aside, no English sentence is left.
@Suite struct JapaneseReportsTests {
    let folder = ScratchFolder()
    let root = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path

    /// A Japanese locale, whatever the locale the tests run in (`LC_ALL` and `LC_MESSAGES`
    /// would come first).
    static let japanese = ["LANG": "ja_JP.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    func run(_ arguments: [String], database: Bool = true) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + (database ? ["--db", folder.path("counterpart.sqlite")] : []), in: folder.url,
            environment: Self.japanese.merging(["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "USER": "hotline"]) {
                _, added in added
            })
    }

    /// Two English words in a row (`not enough`, `Situation report`): what an English
    /// sentence has and a line of ids, codes and Japanese has not.
    static func englishWords(_ text: String) -> [String] {
        let words = /[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}/
        return text.split(separator: "\n").compactMap { line in
            line.firstMatch(of: words) != nil ? String(line) : nil
        }
    }

    @Test func thePlanSpeaksJapanese() throws {
        let roster = folder.write("roster.xml", PlanCommandTests.roster)
        let scenario = folder.write("scenario.xml", PlanCommandTests.scenario)
        let result = try run(["plan", "--roster", roster, "--scenario", scenario, "--format", "text"], database: false)
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix(
                """
                南予地震想定訓練 (drill-2026-11)
                  2026年11月1日(日)から7日ごとの交代で全3期

                第1期 (11/01–11/07)
                  r-001  宇和島市  避難所運営  緊急  1/10人
                      松山 一郎  s-382019-0001  松山市  一次支援 71 km  11/2(月)–11/7(土)  確定
                  r-002  宇和島市  保健師      高    0/2人
                  不足（応急対策職員派遣制度による応援を上申）:
                    r-001  宇和島市  避難所運営  9人不足
                      被災市町以外にこの業務の職員が足りない
                    r-002  宇和島市  保健師      2人不足
                      被災市町以外にこの業務の職員が足りない

                第2期 (11/08–11/14)

                """))
        #expect(Self.englishWords(result.standardOutput) == [])
        #expect(!result.standardOutput.contains("cost") && !result.standardOutput.contains("999"))
    }

    /// `--lang en` on the command line wins over the locale.
    @Test func langEnglishKeepsTheEnglishPlan() throws {
        let roster = folder.write("roster.xml", PlanCommandTests.roster)
        let scenario = folder.write("scenario.xml", PlanCommandTests.scenario)
        let result = try run(
            ["plan", "--roster", roster, "--scenario", scenario, "--format", "text", "--lang", "en"], database: false)
        #expect(result.standardOutput.hasPrefix("南予地震想定訓練 (drill-2026-11): 3 periods of 7 days from 2026-11-01\n"))
    }

    /// The situation report's headings, facts and tables in Japanese; only the events' texts,
    /// which the record holds as written when the change was made, are quoted as they are.
    @Test func theSituationReportSpeaksJapanese() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        #expect(try run(["incident", "open", "--from-scenario", "\(root)/drill-heavy-rain.xml"]).status == 0)
        let result = try run(["sitrep", "--incident", "I1"])
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.hasPrefix("状況報告 — I1 "))
        #expect(text.contains("\n2026年11月2日(月) 09:00 現在（日本時間）、対応中。"))
        for heading in ["被災市町・業務区分別", "応援市町", "未読（電話で伝える相手）", "最新の記録 "] {
            #expect(text.contains("\n\n\(heading)"), "\(heading)")
        }
        let beforeEvents = text.components(separatedBy: "\n最新の記録 ")[0]
        #expect(Self.englishWords(beforeEvents) == [])
        #expect(text.contains("  日時 ") && !text.contains("Situation report"))
    }
}

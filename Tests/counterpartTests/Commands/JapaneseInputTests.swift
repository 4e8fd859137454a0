import Foundation
import Testing

/// What the command line prints in Japanese it also takes in Japanese: categories, priorities
/// and states by their labels, municipalities by name in every command that takes one.
@Suite struct JapaneseInputTests {
    let folder = ScratchFolder()
    let root = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": "2027-01-18T00:00:00Z", "USER": "hotline"].merging(environment) { $1 })
    }

    func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: try run(arguments + ["--format", "json"]).outputBytes)
    }

    @Test func labelsAndNamesAreTakenWhereTokensAndCodesAre() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        let opened = try run([
            "incident", "open", "--name", "南予豪雨", "--start", "2027-01-18", "--affected", "宇和島市", "愛南町",
        ])
        #expect(opened.status == 0, "\(opened.standardError)")
        let filed = try json([
            "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "給水", "--priority", "緊急",
            "--headcount", "2", "--from", "2027-01-18", "--to", "2027-01-24",
        ])
        let request = try #require(filed as? [String: Any])
        #expect(request["category"] as? String == "water")
        #expect(request["priority"] as? String == "critical")
        #expect((request["municipality"] as? [String: Any])?["code"] as? String == "382035")
        let changed = try json(["request", "change", "R1", "--category", "避難所運営", "--priority", "高"])
        #expect((changed as? [String: Any])?["category"] as? String == "shelter")
        #expect((changed as? [String: Any])?["priority"] as? String == "high")

        #expect(try run(["incident", "plan", "I1"]).status == 0)
        let proposed = try #require(
            try json(["assignment", "list", "--incident", "I1", "--state", "提案"]) as? [[String: Any]])
        #expect(proposed.count == 2)
        #expect(proposed.allSatisfy { $0["state"] as? String == "proposed" })
        let confirmed = try #require(
            try json(["assignment", "confirm", "--incident", "I1", "--supplier", "松山市", "--period", "0"])
                as? [[String: Any]])
        #expect(confirmed.count == 2)
        #expect(confirmed.allSatisfy { ($0["supplier"] as? [String: Any])?["code"] as? String == "382019" })

        let shown = try run(["roster", "show", "--municipality", "宇和島市"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains("宇和島市"))
        #expect(!shown.standardOutput.contains("松山市 382019\n"), "only 宇和島市's own summary")
        let exported = try run(["roster", "export", "--municipality", "宇和島市"])
        #expect(exported.status == 0)
        #expect(exported.standardOutput.contains(#"scope="municipality""#))
        #expect(exported.standardOutput.contains(#"municipality="382035""#))
        let byCode = try run(["roster", "export", "--municipality", "382035"])
        #expect(byCode.standardOutput == exported.standardOutput)
    }

    @Test func aWordThatIsNoneIsRefusedWithTheChoices() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        let unknownCategory = try run([
            "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "給付", "--headcount", "1",
            "--from", "2027-01-18", "--to", "2027-01-19",
        ])
        #expect(unknownCategory.status == 2)
        #expect(unknownCategory.standardError.contains("給付"))
        #expect(unknownCategory.standardError.contains("給水"), "the labels are among the choices")
        let unknownTown = try run(["roster", "show", "--municipality", "東京都"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(unknownTown.status == 1)
        #expect(unknownTown.standardError.hasPrefix("「東京都」は登録されている名簿の市町ではありません。"))
        let english = try run(["roster", "show", "--municipality", "東京都", "--lang", "en"])
        #expect(english.standardError.hasPrefix("'東京都' is not a municipality of the stored roster"))
    }
}

/// The roster commands speak Japanese with a Japanese locale.
@Suite struct JapaneseRosterTests {
    let folder = ScratchFolder()

    @Test func importDiffAndShowInJapanese() throws {
        let japanese = ["LANG": "ja_JP.UTF-8"]
        let database = folder.path("roster.sqlite")
        let imported = try CommandRunner.run(
            ["roster", "import", "Data/ehime/roster.xml", "--db", database], environment: japanese)
        #expect(imported.status == 0)
        #expect(imported.standardOutput.hasPrefix("市町: 追加 20、削除 0、変更 0\n  + 382019\n"))
        #expect(imported.standardOutput.contains("ホットラインのメンバー: 追加 90、削除 0、変更 0\n"))
        #expect(imported.standardOutput.hasSuffix("に第1版として記録しました\n"))
        let again = try CommandRunner.run(
            ["roster", "import", "Data/ehime/roster.xml", "--db", database, "--dry-run"], environment: japanese)
        #expect(again.standardOutput == "変更はありません\n試行のみ: 何も記録していません\n")
        let shown = try CommandRunner.run(
            ["roster", "show", "--municipality", "宇和島市", "--db", database], environment: japanese)
        #expect(shown.standardOutput.hasPrefix("名簿 380008（2026年4月1日(水)から適用）: 市町 20、グループ 3、メンバー 90人、職員 1500人\n"))
        #expect(shown.standardOutput.contains("  応援市町（Aグループ）: 一次支援市 松山市 382019、二次支援市町 松前町 384011、新居浜市 382051"))
        #expect(shown.standardOutput.contains("  副市町長        大西 隆    m-382035-1  0895-00-0301"))
        let english = try CommandRunner.run(["roster", "show", "--municipality", "宇和島市", "--db", database])
        #expect(english.standardOutput.hasPrefix("Roster of 380008, effective 2026-04-01:"))
    }
}

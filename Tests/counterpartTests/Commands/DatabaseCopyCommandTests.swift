import CounterpartTestSupport
import Foundation
import Testing

/// `counterpart db copy` between a file and PostgreSQL, and `--db postgres://…` refused clearly
/// when nothing answers there.
@Suite struct DatabaseCopyCommandTests {
    let folder = ScratchFolder()
    let roster = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path

    func run(_ arguments: [String], japanese: Bool = false) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments, in: folder.url,
            environment: ["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "LANG": japanese ? "ja_JP.UTF-8" : "C"])
    }

    @Test func aFileGoesToPostgreSQLAndBackTheSameAndAFullTargetIsRefused() throws {
        let postgres = try ThrowAwayPostgres.shared().freshDatabase()
        #expect(try run(["roster", "import", roster, "--db", "a.sqlite"]).status == 0)
        #expect(try run(["notice", "post", "--title", "訓練", "--body", "周知", "--db", "a.sqlite"]).status == 0)
        // Read by one member, unread by the rest: NULL and not NULL in one column sort alike in both.
        #expect(try run(["ack", "N1", "--member", "hq-1", "--db", "a.sqlite"]).status == 0)

        let there = try run(["db", "copy", "--from", "a.sqlite", "--to", postgres], japanese: true)
        #expect(there.status == 0, "\(there.standardError)")
        #expect(there.standardOutput.hasPrefix("a.sqlite を \(postgres) に複製しました。\n検査済み: 24 テーブルの "))
        #expect(there.standardOutput.hasSuffix(" 行がすべて元と一致します。\n"))

        let again = try run(["db", "copy", "--from", "a.sqlite", "--to", postgres], japanese: true)
        #expect(again.status == 1)
        #expect(
            again.standardError
                == "\(postgres) には既にデータがあります。複製先は空のデータベースに限ります（何も変えていません）。\n")

        #expect(try run(["db", "copy", "--from", postgres, "--to", "b.sqlite"]).status == 0)
        for view in [["roster", "history"], ["notice", "list", "--format", "json"], ["roster", "show"]] {
            let original = try run(view + ["--db", "a.sqlite"]).standardOutput
            #expect(!original.isEmpty)
            #expect(try run(view + ["--db", postgres]).standardOutput == original, "\(view)")
            #expect(try run(view + ["--db", "b.sqlite"]).standardOutput == original, "\(view)")
        }
        #expect(try run(["db", "check", "--db", postgres]).standardOutput == "ok\n")
    }

    @Test func aFailedCopyLeavesNoNewFile() throws {
        let failed = try run(["db", "copy", "--from", "postgres://nobody@127.0.0.1:1/none", "--to", "new.sqlite"])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("new.sqlite")))
    }

    @Test func noServerAtTheAddressIsRefusedInJapaneseWithoutThePassword() throws {
        let result = try run(
            ["roster", "show", "--db", "postgres://hotline:secret@127.0.0.1:1/counterpart"], japanese: true)
        #expect(result.status == 1)
        #expect(
            result.standardError.hasPrefix(
                "postgres://hotline@127.0.0.1:1/counterpart: 書き込みを受け付ける PostgreSQL サーバーに接続できません（127.0.0.1:1: "),
            "\(result.standardError)")
        #expect(!result.standardError.contains("secret"))
        #expect(result.standardOutput.isEmpty)
    }
}

import Foundation
import Testing

/// `counterpart account …` on the roster of Fixtures/incident-roster.xml: codes and tokens
/// printed once, as text and as API.md's JSON, refusals worded with exit status 1.
@Suite struct AccountCommandTests {
    let folder = ScratchFolder()
    let roster = CommandRunner.repositoryRoot.appendingPathComponent(
        "Tests/counterpartTests/Fixtures/incident-roster.xml"
    ).path

    func run(_ arguments: [String], now: String = "2026-11-02T00:00:00Z") throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": now, "USER": "hotline"])
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments + ["--format", "json"])
        #expect(result.status == 0 && result.standardError == "")
        return try JSONSerialization.jsonObject(with: result.outputBytes) as! [String: Any]
    }

    func imported() throws {
        #expect(try run(["roster", "import", roster]).status == 0)
    }

    @Test func invitePrintsTheCodeAndWhenItExpires() throws {
        try imported()
        let result = try run(["account", "invite", "m-382035-1", "--valid-hours", "24"])
        #expect(result.status == 0 && result.standardError == "")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2] == "")
        let code = /[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}/
        #expect(lines[0].hasPrefix("One-time code for 宇和島 太郎 (m-382035-1): "))
        #expect(lines[0].split(separator: " ").last?.wholeMatch(of: code) != nil)
        #expect(lines[1] == "Valid until 2026-11-03 09:00 (Japan time); it is shown only this once.")
        let shape = try json(["account", "invite", "hq-1"])
        #expect(shape.keys.sorted() == ["code", "expires", "member"])
        #expect(shape["member"] as? String == "hq-1" && shape["expires"] as? String == "2026-11-05T00:00:00Z")
        #expect((shape["code"] as? String)?.count == 11)
    }

    @Test func tokenPrintsABearerToken() throws {
        try imported()
        let result = try run(["account", "token", "hq-1", "--label", "nightly sitrep"])
        #expect(result.status == 0 && result.standardError == "")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3] == "")
        #expect(lines[0] == "Bearer token for 県庁 花子 (hq-1), \"nightly sitrep\":")
        #expect(lines[1].wholeMatch(of: /[0-9a-f]{64}/) != nil)
        #expect(lines[2] == "It is shown only this once. Revoke it with: counterpart account revoke hq-1")
        let shape = try json(["account", "token", "hq-1", "--label", "backup"])
        #expect(shape.keys.sorted() == ["label", "member", "token"])
        #expect(shape["member"] as? String == "hq-1" && shape["label"] as? String == "backup")
        #expect((shape["token"] as? String)?.count == 64)
    }

    @Test func revokeEndsTokensAndCodes() throws {
        try imported()
        _ = try run(["account", "token", "hq-1", "--label", "a"])
        _ = try run(["account", "invite", "hq-1"])
        let result = try run(["account", "revoke", "hq-1"])
        #expect(result.status == 0 && result.standardError == "")
        #expect(
            result.standardOutput
                == "Access of 県庁 花子 (hq-1) revoked: 1 tokens and 0 sessions ended, 1 unused codes withdrawn.\n")
        let shape = try json(["account", "revoke", "hq-1"])
        #expect(shape["member"] as? String == "hq-1" && shape["tokens"] as? Int == 0)
    }

    @Test func anUnknownMemberIsRefusedByName() throws {
        try imported()
        for arguments in [["invite", "m-999"], ["token", "m-999", "--label", "x"], ["revoke", "m-999"]] {
            let result = try run(["account"] + arguments)
            #expect(result.status == 1)
            #expect(
                result.standardError == "there is no hotline member 'm-999' in the stored roster; "
                    + "'counterpart roster contacts' lists them\n")
            #expect(result.standardOutput == "")
        }
    }

    @Test func wrongCommandLinesAreUsageErrors() throws {
        try imported()
        let hours = try run(["account", "invite", "hq-1", "--valid-hours", "0"])
        #expect(hours.status == 2 && hours.standardError.hasPrefix("Error: --valid-hours must be between 1 and 720"))
        #expect(try run(["account", "token", "hq-1"]).status == 2)
        let label = try run(["account", "token", "hq-1", "--label", " "])
        #expect(label.status == 1 && label.standardError == "say what the token is for (--label)\n")
    }

    @Test func withoutARosterNothingIsInvited() throws {
        FileManager.default.createFile(atPath: folder.path("counterpart.sqlite"), contents: nil)
        let result = try run(["account", "invite", "hq-1"])
        #expect(result.status == 1)
        #expect(result.standardError.hasSuffix("no roster stored yet; import one with 'counterpart roster import'\n"))
    }
}

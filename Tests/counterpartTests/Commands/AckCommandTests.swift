import Foundation
import Testing

/// Names where people think in names, on the roster of Fixtures/incident-roster.xml: the
/// contact sheet and `roster show` print the ids `ack` takes; `ack` takes a name, and several
/// items at once, all or nothing.
@Suite struct AckCommandTests {
    let folder = ScratchFolder()
    let roster = CommandRunner.repositoryRoot.appendingPathComponent(
        "Tests/counterpartTests/Fixtures/incident-roster.xml"
    ).path

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "USER": "hotline"])
    }

    /// What is still unread, as the follow-up's JSON shows it.
    func unread() throws -> String { try run(["followup", "--incident", "I1", "--format", "json"]).standardOutput }

    /// The roster imported, I1 opened for 宇和島市 with one request (R1), planned (P1).
    func incident(roster path: String? = nil) throws {
        #expect(try run(["roster", "import", path ?? roster]).status == 0)
        #expect(
            try run(["incident", "open", "--name", "豪雨", "--start", "2026-11-02", "--affected", "宇和島市"]).status == 0)
        #expect(
            try run([
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "shelter",
                "--headcount", "1", "--from", "2026-11-02", "--to", "2026-11-08",
            ]).status == 0)
        #expect(try run(["incident", "plan", "I1"]).status == 0)
    }

    @Test func theContactSheetAndTheSummaryPrintMemberIDs() throws {
        #expect(try run(["roster", "import", roster]).status == 0)
        let contacts = try run(["roster", "contacts"]).standardOutput
        #expect(contacts.contains("    実務担当  宇和島 花子  0895-00-0104  m-382035-4\n"))
        #expect(contacts.contains("    市町振興課  県庁 花子  089-000-0001  hq-1\n"))
        let summary = try run(["roster", "show", "--municipality", "382035"]).standardOutput
        #expect(summary.contains("  実務担当 liaison     宇和島 花子  m-382035-4  0895-00-0104\n"))
    }

    @Test func aNameAndSeveralItemsAtOnce() throws {
        try incident()
        let waiting = "宇和島 花子 (実務担当, m-382035-4)"
        #expect(try run(["followup", "--incident", "I1"]).standardOutput.contains(waiting))
        let done = try run(["ack", "R1", "P1", "--member", "宇和島 花子"])
        #expect(done.status == 0)
        #expect(
            done.standardOutput
                == "R1 acknowledged by 宇和島 花子 (m-382035-4).\nP1 acknowledged by 宇和島 花子 (m-382035-4).\n")
        #expect(!(try run(["followup", "--incident", "I1"]).standardOutput.contains(waiting)))
        // By id, as before: one object in JSON; several items give an array.
        let again = try run(["ack", "R1", "--member", "m-382035-4"])
        #expect(
            again.standardOutput
                == "R1 was already acknowledged by m-382035-4 at 2026-11-02 09:00; nothing changed.\n")
        let json = try run(["ack", "R1", "P1", "--member", "hq-1", "--format", "json"]).outputBytes
        let list = try JSONSerialization.jsonObject(with: json) as! [[String: Any]]
        #expect(list.map { $0["item"] as! String } == ["R1", "P1"])
        #expect(list.map { $0["member"] as! String } == ["hq-1", "hq-1"])
    }

    @Test func oneRefusedItemRecordsNone() throws {
        try incident()
        let before = try unread()
        let refused = try run(["ack", "R1", "R9", "--member", "宇和島 花子"])
        #expect(refused.status == 1 && refused.standardOutput.isEmpty)
        #expect(refused.standardError == "there is no request R9\n")
        let notConcerned = try run(["ack", "R1", "P1", "--member", "上島 四郎"])
        #expect(
            notConcerned.standardError
                == "member m-383562-4 is not among those who must acknowledge R1; nothing recorded\n")
        #expect(try unread() == before)
    }

    /// Two members named 宇和島 花子: the name is refused with both ids; each id works.
    @Test func aSharedNameListsTheCandidates() throws {
        let text = try String(contentsOfFile: roster, encoding: .utf8).replacingOccurrences(
            of: "  </members>",
            with: """
                    <member id="m-382019-9" municipality="382019" role="personnel-manager" name="宇和島 花子"/>
                  </members>
                """)
        try incident(roster: folder.write("namesakes.xml", text))
        let before = try unread()
        let refused = try run(["ack", "R1", "--member", "宇和島　花子"])
        #expect(refused.status == 1)
        #expect(
            refused.standardError
                == "'宇和島　花子' is the name of 2 hotline members: m-382019-9 (宇和島 花子, 人事担当部課長, 382019), "
                + "m-382035-4 (宇和島 花子, 実務担当, 382035); give the id of the one meant with --member\n")
        #expect(try unread() == before)
        #expect(try run(["ack", "R1", "--member", "m-382035-4"]).status == 0)
    }
}

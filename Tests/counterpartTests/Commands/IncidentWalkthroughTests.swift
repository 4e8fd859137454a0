import CounterpartTestSupport
import Foundation
import Testing

/// A whole incident, command by command, on the small roster of Fixtures/incident-roster.xml:
/// open, three rounds of requests, plans, confirm and decline, a re-plan that keeps the
/// confirmed person, dispatch, return, close. Every expected figure is worked out by hand
/// from the planning rule: for 宇和島市, 松山市 costs 0 + 71 km, 東温市 1000 + 69 km and
/// 上島町 (no pairing) 3000 + 129 km; a critical slot is worth 1,000,000, high 100,000.
@Suite(.serialized) struct IncidentWalkthroughTests {
    let folder = ScratchFolder()
    let roster = CommandRunner.repositoryRoot.appendingPathComponent(
        "Tests/counterpartTests/Fixtures/incident-roster.xml"
    ).path

    // The tests run as root with USER=hotline: the record names the real user and the claim
    // (issue 14, item 12).
    /// The database of the walk under way: a file, or a database of the tests' PostgreSQL.
    @TaskLocal static var database: String?

    func run(_ arguments: [String], at time: String) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", Self.database ?? folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": time, "USER": "hotline"])
    }

    /// Everything an incident stores, as its JSON views show it.
    func state() throws -> String {
        try [
            ["incident", "show", "I1"], ["assignment", "list", "--incident", "I1", "--all"],
            ["followup", "--incident", "I1"],
        ]
        .map { try run($0 + ["--format", "json"], at: "2026-11-02T06:00:00Z").standardOutput }.joined()
            + (try run(["sitrep", "--incident", "I1", "--format", "json"], at: "2026-11-02T06:00:00Z").standardOutput)
    }

    func states() throws -> [String: String] {
        let data = try run(
            ["assignment", "list", "--incident", "I1", "--all", "--format", "json"], at: "2026-11-02T06:00:00Z"
        ).outputBytes
        let list = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        return Dictionary(
            uniqueKeysWithValues: list.map {
                ($0["id"] as! String, "\($0["staff"]!) \($0["request"]!) \($0["state"]!)")
            })
    }

    /// A command that must be refused with `message` and change nothing.
    func expectRefused(_ arguments: [String], status: Int32 = 1, _ message: String) throws {
        let before = try state()
        let result = try run(arguments, at: "2026-11-02T07:00:00Z")
        #expect(result.status == status)
        #expect(result.standardError.hasPrefix(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(try state() == before)
    }

    /// The same walk on SQLite and on PostgreSQL, with the same answers throughout and the
    /// same JSON views (the situation report among them) byte for byte at the end.
    @Test func aWholeIncidentFromOpeningToClosingOnBothBackends() throws {
        let onSQLite = try Self.$database.withValue(folder.path("counterpart.sqlite")) { try walk() }
        let onPostgres = try Self.$database.withValue(try ThrowAwayPostgres.shared().freshDatabase()) { try walk() }
        #expect(onSQLite == onPostgres)
    }

    /// The walk; what the JSON views show at its end.
    func walk() throws -> String {
        #expect(try run(["roster", "import", roster], at: "2026-11-01T00:00:00Z").status == 0)
        let opened = try run(
            ["incident", "open", "--name", "南予豪雨", "--start", "2026-11-02", "--affected", "宇和島市"],
            at: "2026-11-02T00:00:00Z")
        #expect(
            opened.standardOutput == """
                Opened I1  南予豪雨
                  start 2026-11-02, rotation periods of 7 days
                  affected: 宇和島市 (382035)
                  opened 2026-11-02 09:00 by \(CommandRunner.recordedActor)

                Next: counterpart request add --incident I1 …, then counterpart incident plan I1

                """)

        // Round 1: two shelter staff for period 0. The two 松山 people are the cheapest (71 each).
        #expect(
            try run(
                [
                    "request", "add", "--incident", "I1", "--municipality", "382035", "--category", "shelter",
                    "--headcount", "2",
                    "--from", "2026-11-02", "--to", "2026-11-08", "--priority", "critical",
                ], at: "2026-11-02T00:00:00Z"
            ).status == 0)
        let first = try run(["incident", "plan", "I1"], at: "2026-11-02T01:00:00Z")
        #expect(
            first.standardOutput.hasPrefix(
                """
                Plan version 1 of I1 stored as P1 (roster as it stands now).

                Newly proposed 新規提案 (2):
                  A1  R1  松山 一郎  s-382019-0001  松山市  一次支援 primary  period 0  2026-11-02 – 2026-11-08  提案 proposed
                  A2  R1  松山 二郎  s-382019-0002  松山市  一次支援 primary  period 0  2026-11-02 – 2026-11-08  提案 proposed

                No longer needed 取下げ (0):
                  nobody

                """))

        // Round 2: a health nurse; only 東温 一子 has the skill. 松山 confirms 一郎 and declines 二郎.
        try expectRefused(
            [
                "request", "add", "--incident", "I1", "--municipality", "東温市", "--category", "health", "--headcount",
                "1",
                "--from", "2026-11-02", "--to", "2026-11-08",
            ],
            "東温市 (382159) is not affected in incident I1; its affected municipalities are 宇和島市 (382035)\n")
        #expect(
            try run(
                [
                    "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "health",
                    "--headcount", "1",
                    "--from", "2026-11-02", "--to", "2026-11-08", "--priority", "high",
                ], at: "2026-11-02T02:00:00Z"
            ).status == 0)
        #expect(try run(["assignment", "confirm", "A1"], at: "2026-11-02T02:00:00Z").status == 0)
        #expect(
            try run(["assignment", "decline", "A2", "--reason", "本人の体調不良"], at: "2026-11-02T02:00:00Z").status == 0)
        // Re-plan: 一郎 kept; 二郎 not proposed again for R1, so R1's second slot goes to 上島 一美
        // (3129) and 東温 一子 to R2 — taking 一子 for R1 instead would leave R2 (100,000) empty.
        let second = try run(["incident", "plan", "I1"], at: "2026-11-02T03:00:00Z")
        #expect(
            second.standardOutput.hasPrefix(
                """
                Plan version 2 of I1 stored as P2 (roster as it stands now).

                Newly proposed 新規提案 (2):
                  A3  R1  上島 一美  s-383562-0001  上島町  県内 prefecture     period 0  2026-11-02 – 2026-11-08  提案 proposed
                  A4  R2  東温 一子  s-382159-0001  東温市  二次支援 secondary  period 0  2026-11-02 – 2026-11-08  提案 proposed

                No longer needed 取下げ (0):
                  nobody

                """))
        #expect(
            second.standardOutput.contains(
                "Now: 2 proposed awaiting an answer, 1 confirmed or dispatched (kept as they are).\n"))

        // Round 3: R1 needs only one now (一郎, confirmed), and a shelter slot opens in period 1.
        try expectRefused(
            ["request", "change", "R1", "--to", "2026-11-01"],
            "the request would start 2026-11-02, after its last day 2026-11-01")
        // A change withdraws at once the proposals that no longer fit: 上島 一美 (A3) is not
        // needed with 一郎 confirmed, and could otherwise still be confirmed by mistake.
        let changed = try run(["request", "change", "R1", "--headcount", "1"], at: "2026-11-02T04:00:00Z")
        #expect(changed.status == 0)
        #expect(
            changed.standardOutput.contains(
                """
                Withdrawn with the change 取下げ (1):
                  A3  R1  上島 一美  s-383562-0001  上島町  県内 prefecture  period 0  2026-11-02 – 2026-11-08  取下げ withdrawn  no longer fits the changed R1

                """))
        #expect(
            try run(
                [
                    "request", "add", "--incident", "1", "--municipality", "宇和島市", "--category", "shelter",
                    "--headcount", "1",
                    "--from", "2026-11-09", "--to", "2026-11-12",
                ], at: "2026-11-02T04:00:00Z"
            ).status == 0)
        // 一郎 served in period 0 and rests in period 1; 二郎 declined R1 only, so he is the
        // cheapest for R3. 上島 一美 was withdrawn with the change already.
        let third = try run(["incident", "plan", "I1"], at: "2026-11-02T05:00:00Z")
        #expect(
            third.standardOutput.hasPrefix(
                """
                Plan version 3 of I1 stored as P3 (roster as it stands now).

                Newly proposed 新規提案 (1):
                  A5  R3  松山 二郎  s-382019-0002  松山市  一次支援 primary  period 1  2026-11-09 – 2026-11-12  提案 proposed

                No longer needed 取下げ (0):
                  nobody

                Shortfalls 不足 (0 missing; escalate 応急対策職員派遣制度):
                  none

                """))
        #expect(
            try states() == [
                "A1": "s-382019-0001 R1 confirmed", "A2": "s-382019-0002 R1 declined",
                "A3": "s-383562-0001 R1 withdrawn",
                "A4": "s-382159-0001 R2 proposed", "A5": "s-382019-0002 R3 proposed",
            ])

        // A held person cannot be squeezed out by a change.
        try expectRefused(
            ["request", "change", "R1", "--from", "2026-11-09", "--to", "2026-11-10"],
            "A1 (s-382019-0001, period 0) is confirmed on days the changed request no longer covers\n")

        // Answers and movements, forward only.
        for (command, assignment) in [("confirm", "A4"), ("confirm", "A5"), ("dispatched", "A1"), ("dispatched", "A4")]
        {
            #expect(try run(["assignment", command, assignment], at: "2026-11-02T06:00:00Z").status == 0)
        }
        #expect(
            try states() == [
                "A1": "s-382019-0001 R1 dispatched", "A2": "s-382019-0002 R1 declined",
                "A3": "s-383562-0001 R1 withdrawn",
                "A4": "s-382159-0001 R2 dispatched", "A5": "s-382019-0002 R3 confirmed",
            ])
        try expectRefused(
            ["assignment", "returned", "A5"],
            "assignment A5 is confirmed (確定); 'returned' needs an assignment that is dispatched (派遣中)\n")
        try expectRefused(
            ["assignment", "confirm", "A2"],
            "assignment A2 is declined (辞退); 'confirm' needs an assignment that is proposed (提案)\n")
        try expectRefused(["assignment", "confirm", "A99"], "there is no assignment A99\n")
        try expectRefused(["incident", "plan", "I7"], "there is no incident I7\n")

        // Acknowledgements: group C's members and headquarters; 上島町 is in no pairing.
        try expectRefused(
            ["ack", "R1", "--member", "m-383562-4"],
            "member m-383562-4 is not among those who must acknowledge R1; nothing recorded\n")
        try expectRefused(
            ["ack", "R1", "--member", "nobody"], "there is no hotline member 'nobody' in the stored roster")
        try expectRefused(["ack", "X3", "--member", "hq-1"], status: 2, "Error: 'X3' is not an item to acknowledge")
        for item in ["R1", "R2", "R3", "P1", "P2", "P3"] {
            for member in ["hq-1", "m-382019-4", "m-382159-2", "m-382035-4"] {
                #expect(try run(["ack", item, "--member", member], at: "2026-11-02T06:00:00Z").status == 0)
            }
        }
        #expect(
            try run(["ack", "R1", "--member", "m-382035-4"], at: "2026-11-02T06:30:00Z").standardOutput
                == "R1 was already acknowledged by m-382035-4 at 2026-11-02 15:00; nothing changed.\n")
        // The vice-mayor has read nothing: the prefecture phones the town's liaison.
        let followup = try run(["followup"], at: "2026-11-02T07:00:00Z")
        #expect(
            followup.standardOutput == """
                Unacknowledged 未確認: 6 items, 1 member to reach, longest-waiting first

                宇和島市 (382035) — call 宇和島 花子 (実務担当 liaison) 0895-00-0104
                  since 2026-11-02 09:00  request R1: 宇和島市 避難所運営 shelter ×2 2026-11-02..2026-11-08 critical
                    not read by: 宇和島 太郎 (副市町長, m-382035-1)
                  since 2026-11-02 10:00  plan version 1 of I1 (P1): 2 newly proposed, 0 no longer needed, 0 short
                    not read by: 宇和島 太郎 (副市町長, m-382035-1)
                  since 2026-11-02 11:00  request R2: 宇和島市 保健師 health ×1 2026-11-02..2026-11-08 high
                    not read by: 宇和島 太郎 (副市町長, m-382035-1)
                  since 2026-11-02 12:00  plan version 2 of I1 (P2): 2 newly proposed, 0 no longer needed, 0 short
                    not read by: 宇和島 太郎 (副市町長, m-382035-1)
                  since 2026-11-02 13:00  request R3: 宇和島市 避難所運営 shelter ×1 2026-11-09..2026-11-12 normal
                    not read by: 宇和島 太郎 (副市町長, m-382035-1)
                  since 2026-11-02 14:00  plan version 3 of I1 (P3): 1 newly proposed, 0 no longer needed, 0 short
                    not read by: 宇和島 太郎 (副市町長, m-382035-1)

                """)

        // 一郎 comes back on the 5th (JST). Person-days up to then: 一郎 02–05 = 4, 一子 02–05 = 4.
        #expect(try run(["assignment", "returned", "A1"], at: "2026-11-05T00:00:00Z").status == 0)
        #expect(try states()["A1"] == "s-382019-0001 R1 returned")
        let report = try run(["sitrep", "--incident", "I1"], at: "2026-11-05T00:00:00Z")
        #expect(
            report.standardOutput.hasPrefix(
                """
                状況報告 Situation report — I1 南予豪雨
                As of 2026-11-05 09:00 (JST); open; start 2026-11-02, periods of 7 days.
                Affected: 宇和島市 (382035).
                Figures from plan version 3; counts are person-periods (people × rotation periods).

                By hit municipality and category 被災市町・業務別
                  Municipality  Category            Requested  Proposed  Confirmed  Dispatched  Short
                  宇和島市      避難所運営 shelter  2          0         1          1           0
                  宇和島市      保健師 health       1          0         0          1           0

                Supporters 応援市町
                  Municipality  Away now  Person-days so far
                  松山市        0         4
                  東温市        1         4

                Unacknowledged 未確認 (whom to phone)
                  Municipality  Call                    Phone         Unread items            Members waiting  Waiting since
                  宇和島市      宇和島 花子 (実務担当)  0895-00-0104  R1, P1, R2, P2, R3, P3  1                2026-11-02 09:00

                Last 20 events 最新の記録
                  Time              \("By".padding(toLength: CommandRunner.recordedActor.count, withPad: " ", startingAt: 0))  Record  What
                  2026-11-05 09:00  \(CommandRunner.recordedActor)  A1      s-382019-0001 for R1 period 0: dispatched → returned

                """))
        let html = try run(["sitrep", "--incident", "I1", "--format", "html"], at: "2026-11-05T00:00:00Z")
            .standardOutput
        #expect(
            html.hasPrefix("<!DOCTYPE html>") && html.contains("@page { size: A4") && !html.contains("<script")
                && !html.contains("http"))
        let markdown = try run(["sitrep", "--incident", "I1", "--format", "markdown"], at: "2026-11-05T00:00:00Z")
            .standardOutput
        #expect(markdown.contains("| 宇和島市 | 保健師 health | 1 | 0 | 0 | 1 | 0 |\n"))

        // Closing is refused while people are confirmed or away; with --force it lists them.
        try expectRefused(
            ["incident", "close", "I1"],
            "incident I1 still has 2 people confirmed or away (A4, A5); record their return first, or close it anyway (--force)\n"
        )
        let forced = try run(["incident", "close", "I1", "--force"], at: "2026-11-06T00:00:00Z")
        #expect(forced.status == 0)
        #expect(
            forced.standardOutput.hasSuffix(
                """
                Still confirmed or away (2); record their return with 'counterpart assignment returned':
                  A4  R2  東温 一子  s-382159-0001  東温市  二次支援 secondary  period 0  2026-11-02 – 2026-11-08  派遣中 dispatched
                  A5  R3  松山 二郎  s-382019-0002  松山市  一次支援 primary    period 1  2026-11-09 – 2026-11-12  確定 confirmed

                """))
        // People come home after the closing too: their return is recorded.
        #expect(try run(["assignment", "returned", "A4"], at: "2026-11-06T00:00:00Z").status == 0)
        let closed =
            try JSONSerialization.jsonObject(
                with: try run(["incident", "show", "I1", "--format", "json"], at: "2026-11-06T00:00:00Z").outputBytes)
            as! [String: Any]
        #expect(
            closed["open"] as? Bool == false
                && (closed["closed"] as? [String: Any])?["at"] as? String == "2026-11-06T00:00:00Z")
        #expect(
            (closed["requests"] as? [Any])?.count == 3 && closed["planVersion"] as? Int == 3
                && closed["unacknowledged"] as? Int == 6)
        try expectRefused(
            [
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "water", "--headcount",
                "1",
                "--from", "2026-11-06", "--to", "2026-11-07",
            ], "incident I1 is closed; nothing more can be added to it\n")
        let list = try run(["incident", "list"], at: "2026-11-06T00:00:00Z")
        #expect(list.standardOutput == "I1  南予豪雨  from 2026-11-02, 7-day periods  宇和島市  closed 2026-11-06 09:00\n")
        return try state()
    }
}

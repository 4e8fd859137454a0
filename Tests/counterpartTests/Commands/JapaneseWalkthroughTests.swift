import Foundation
import Testing

/// With `LANG=ja_JP.UTF-8`, the walk-through of `Docs/operations.md` on the shipped Ehime
/// roster — every step, the refusals along the way, the reports, accounts and the database
/// commands — prints no English sentence (ids, tokens, codes and file names aside), on
/// standard output or standard error.
@Suite(.serialized) struct JapaneseWalkthroughTests {
    let folder = ScratchFolder()
    static let ehime = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path

    /// One step: the command and the status it must end with.
    struct Step {
        var arguments: [String]
        var status: Int32 = 0
    }

    static let steps: [Step] = [
        Step(arguments: ["roster", "import", "\(ehime)/roster.xml"]),
        Step(arguments: [
            "validate", "\(ehime)/roster.xml", "\(ehime)/drill-nankai-quake.xml", "\(ehime)/demand-quake.xml",
        ]),
        Step(arguments: ["roster", "show", "--municipality", "宇和島市"]),
        Step(arguments: ["roster", "contacts"]),
        Step(arguments: ["roster", "history"]),
        Step(arguments: ["roster", "diff", "\(ehime)/roster.xml"]),
        Step(arguments: [
            "incident", "open", "--name", "令和8年南予豪雨", "--start", "2026-11-23", "--affected", "宇和島市", "西予市",
        ]),
        Step(arguments: ["incident", "extend", "I1", "--affected", "大洲市"]),
        Step(arguments: ["incident", "extend", "I1", "--affected", "大洲市"], status: 1),
        Step(arguments: [
            "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "shelter", "--headcount", "3",
            "--from", "2026-11-23", "--to", "2026-12-06", "--priority", "critical", "--note", "本庁舎3階 災害対策本部に集合",
        ]),
        Step(arguments: [
            "request", "add", "--incident", "I1", "--municipality", "西予市", "--category", "保健師", "--headcount", "2",
            "--from", "2026-11-24", "--to", "2026-11-30", "--priority", "高",
        ]),
        Step(
            arguments: [
                "request", "add", "--incident", "I1", "--municipality", "松山市", "--category", "給水", "--headcount", "2",
                "--from", "2026-11-24", "--to", "2026-11-30",
            ], status: 1),
        Step(
            arguments: [
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "給水", "--headcount", "2",
                "--from", "2026-11-30", "--to", "2026-11-24",
            ], status: 2),
        Step(arguments: ["request", "change", "R1", "--headcount", "2"]),
        Step(arguments: ["request", "list", "--incident", "I1"]),
        Step(arguments: ["incident", "plan", "I1"]),
        Step(arguments: ["assignment", "confirm", "A1"]),
        Step(arguments: ["assignment", "decline", "A2", "--reason", "本人の体調不良"]),
        Step(arguments: ["assignment", "dispatched", "A1"]),
        Step(arguments: ["assignment", "returned", "A1"]),
        Step(arguments: ["assignment", "returned", "A1"], status: 1),
        Step(
            arguments: ["assignment", "confirm", "--incident", "I1", "--supplier", "松山市", "--period", "0"], status: 1),
        Step(arguments: ["assignment", "confirm", "--incident", "I1", "--supplier", "西条市", "--period", "0"]),
        Step(arguments: ["assignment", "dispatched", "--incident", "I1", "--supplier", "西条市", "--request", "R2"]),
        Step(
            arguments: ["assignment", "substitute", "A6", "--staff", "s-382035-0001", "--reason", "本人の体調不良"], status: 1),
        Step(arguments: ["assignment", "substitute", "A6", "--staff", "s-382019-0002", "--reason", "本人の体調不良"]),
        Step(arguments: ["assignment", "substitute", "A6", "--staff", "s-382019-0003"], status: 1),
        Step(arguments: ["assignment", "decline", "A5", "--reason", "自宅被災", "--unavailable"]),
        Step(arguments: [
            "staff", "unavailable", "s-382019-0002", "--from", "2026-11-23", "--to", "2026-12-06", "--reason", "入院",
        ]),
        Step(arguments: ["staff", "unavailability"]),
        Step(arguments: ["staff", "lift", "U1"]),
        Step(arguments: ["assignment", "correct", "A1", "--to", "dispatched", "--reason", "A30 の誤入力"]),
        Step(arguments: ["incident", "plan", "I1"]),
        Step(arguments: ["assignment", "list", "--incident", "I1", "--all"]),
        Step(arguments: ["ack", "R1", "--member", "m-382035-1"]),
        Step(arguments: ["ack", "R1", "P1", "--member", "日野 雄一"]),
        Step(arguments: ["ack", "R1", "--member", "m-383562-4"], status: 1),
        Step(arguments: ["ack", "R1", "--member", "存在 しない人"], status: 1),
        Step(arguments: ["ack", "X1", "--member", "m-382035-1"], status: 2),
        Step(arguments: ["followup"]),
        Step(arguments: ["followup", "--incident", "I1"]),
        Step(arguments: ["followup", "--real-only"]),
        Step(arguments: ["followup", "renotify", "--incident", "I1", "--municipality", "宇和島市"]),
        Step(arguments: ["followup", "renotify", "--incident", "I1", "--municipality", "宇和島市"], status: 1),
        Step(arguments: [
            "notice", "post", "--title", "燃料確保", "--body", "給油所の営業情報を共有します", "--group", "A", "--incident", "I1",
        ]),
        Step(arguments: ["notice", "list"]),
        Step(arguments: ["notice", "list", "--incident", "I1"]),
        Step(arguments: ["notice", "show", "N1"]),
        Step(arguments: ["sitrep", "--incident", "I1"]),
        Step(arguments: ["sitrep", "--incident", "I1", "--format", "markdown"]),
        Step(arguments: ["incident", "show", "I1"]),
        Step(arguments: ["incident", "list"]),
        Step(arguments: ["incident", "close", "I1"], status: 1),
        Step(arguments: ["incident", "close", "I1", "--force"]),
        Step(
            arguments: [
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "給水", "--headcount", "1",
                "--from", "2026-11-24", "--to", "2026-11-30",
            ], status: 1),
        Step(arguments: ["incident", "open", "--from-scenario", "\(ehime)/drill-nankai-quake.xml"]),
        Step(arguments: ["incident", "plan", "I2"]),
        Step(arguments: [
            "plan", "--roster", "\(ehime)/roster.xml", "--scenario", "\(ehime)/drill-nankai-quake.xml", "--format",
            "text",
        ]),
        Step(arguments: [
            "plan", "--roster", "\(ehime)/roster.xml", "--scenario", "\(ehime)/drill-nankai-quake.xml", "--explain",
            "r-001",
        ]),
        Step(
            arguments: [
                "plan", "--roster", "\(ehime)/roster.xml", "--scenario", "\(ehime)/drill-nankai-quake.xml", "--explain",
                "R1",
            ], status: 2),
        Step(arguments: ["drill", "run", "\(ehime)/drill-nankai-quake.xml", "--roster", "\(ehime)/roster.xml"]),
        Step(arguments: [
            "coverage", "--demand", "\(ehime)/demand-quake.xml", "--roster", "\(ehime)/roster.xml", "--depth", "1",
        ]),
        Step(arguments: ["account", "invite", "hq-1"]),
        Step(arguments: ["account", "token", "hq-1", "--label", "集計スクリプト"]),
        Step(arguments: ["account", "revoke", "hq-1"]),
        Step(arguments: ["account", "invite", "nobody-1"], status: 1),
        Step(arguments: ["db", "check"]),
    ]

    @Test func everyStepSpeaksJapanese() throws {
        let database = folder.path("counterpart.sqlite")
        var steps = Self.steps
        steps.append(Step(arguments: ["db", "backup", folder.path("copy.sqlite")]))
        steps.append(Step(arguments: ["db", "backup", folder.path("copy.sqlite")], status: 1))
        for step in steps {
            let result = try CommandRunner.run(
                step.arguments
                    + (step.arguments.first == "plan" || step.arguments.first == "drill"
                        || step.arguments.first == "coverage" || step.arguments.first == "validate"
                        ? [] : ["--db", database]),
                in: folder.url,
                environment: ["LANG": "ja_JP.UTF-8", "COUNTERPART_NOW": "2026-11-23T00:30:00Z", "USER": "hotline"])
            let shown = "counterpart \(step.arguments.joined(separator: " "))"
            #expect(result.status == step.status, "\(shown)\n\(result.standardOutput)\(result.standardError)")
            let printed = result.standardOutput + result.standardError
            #expect(!printed.isEmpty, "\(shown) printed nothing")
            // Commands to type next (`counterpart ack R1 --member …`) are commands, not English.
            let runs = JapaneseHelpTests.englishRuns(
                printed.replacingOccurrences(of: #"counterpart( [a-z]+)+"#, with: " ", options: .regularExpression))
            #expect(runs.isEmpty, "\(shown): \(runs)")
        }
    }
}

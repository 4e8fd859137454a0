import Foundation
import Testing

/// The incident commands' edges: drills, JSON for scripts, usage and input errors.
@Suite struct OperationsCommandTests {
    let folder = ScratchFolder()
    let root = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "USER": "hotline"])
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try run(arguments + ["--format", "json"]).outputBytes) as! [String: Any]
    }

    /// The shipped drill: its items are in the follow-up, marked 訓練, unless --real-only
    /// (left out, 1,000 unread items read as "everything acknowledged"); headquarters is told
    /// to phone its member on duty who has not read them, not its own division.
    @Test func aDrillFromAScenarioIsMarkedInTheFollowupUnlessRealOnly() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        let drill = try json(["incident", "open", "--from-scenario", "\(root)/drill-nankai-quake.xml"])
        #expect(drill["id"] as? String == "I1" && drill["drill"] as? Bool == true)
        let requests = drill["requests"] as! [[String: Any]]
        let written =
            try String(contentsOfFile: "\(root)/drill-nankai-quake.xml", encoding: .utf8).components(
                separatedBy: "<request "
            ).count - 1
        #expect(requests.count == written && requests.first?["id"] as? String == "R1")
        #expect(try run(["followup", "--real-only"]).standardOutput == "Everything has been acknowledged. 未確認なし\n")
        let followup = try run(["followup"]).standardOutput
        #expect(followup.hasPrefix("Unacknowledged 未確認: \(written) items (\(written) of drills 訓練), "))
        #expect(followup.contains("  since 2026-11-02 09:00  訓練 drill I1 — request R1: "))
        #expect(!followup.contains("  since 2026-11-02 09:00  request R"))
        #expect(try run(["followup", "--incident", "I1"]).standardOutput == followup)
        #expect(
            followup.contains(
                "\n県本部 headquarters (380008) — call 増田 英樹 (県災害対策本部・防災局 hq-disaster) 089-00-0001\n"))
        let groups =
            try JSONSerialization.jsonObject(with: try run(["followup", "--format", "json"]).outputBytes)
            as! [[String: Any]]
        let items = groups.flatMap { $0["items"] as! [[String: Any]] }
        #expect(items.allSatisfy { $0["drill"] as? Bool == true && $0["incident"] as? String == "I1" })
        let notice = try json([
            "notice", "post", "--title", "訓練開始", "--body", "本日の訓練", "--group", "A", "--incident", "I1",
        ])
        #expect(notice["id"] as? String == "N1" && notice["group"] as? String == "A")
    }

    @Test func badUsageAndBadValuesAreToldApart() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        let missing = try run(["incident", "open", "--name", "x"])
        #expect(
            missing.status == 2
                && missing.standardError.hasPrefix(
                    "Error: give --name, --start and --affected, or --from-scenario S.xml\n")
        )
        let unknown = try run(["incident", "open", "--name", "x", "--start", "2026-11-02", "--affected", "東京都"])
        #expect(
            unknown.status == 1
                && unknown.standardError.hasPrefix(
                    "'東京都' is not a municipality of the stored roster; give its code or name")
        )
        let badDate = try run(["incident", "open", "--name", "x", "--start", "2026-02-30", "--affected", "宇和島市"])
        #expect(badDate.status == 2)
        #expect(try run(["incident", "list"]).standardOutput == "No incidents yet.\n")
        #expect(try run(["incident", "show", "I1"]).standardError == "there is no incident I1\n")
    }

    @Test func anIncidentIsExtendedToATownHitLater() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        #expect(
            try run(["incident", "open", "--name", "豪雨", "--start", "2026-11-02", "--affected", "宇和島市"]).status == 0)
        let refused = try run([
            "request", "add", "--incident", "I1", "--municipality", "大洲市", "--category", "shelter",
            "--headcount", "1", "--from", "2026-11-02", "--to", "2026-11-03",
        ])
        #expect(refused.status == 1 && refused.standardError.hasPrefix("大洲市 (382078) is not affected in incident I1"))
        let extended = try run(["incident", "extend", "I1", "--affected", "大洲市"])
        #expect(extended.status == 0)
        #expect(
            extended.standardOutput.hasPrefix(
                "Extended I1  豪雨\n  start 2026-11-02, rotation periods of 7 days\n  affected: 宇和島市 (382035)、大洲市 (382078)\n"
            ))
        let again = try run(["incident", "extend", "I1", "--affected", "大洲市"])
        #expect(again.status == 1 && again.standardError == "大洲市 (382078) is affected in I1 already\n")
        #expect(
            try run([
                "request", "add", "--incident", "I1", "--municipality", "大洲市", "--category", "shelter",
                "--headcount", "1", "--from", "2026-11-02", "--to", "2026-11-03",
            ]).status == 0)
        #expect(try run(["incident", "extend", "I1"]).status == 2)
    }

    /// Notices you can read: listed, shown with who has read them, and in the situation report.
    @Test func noticesAreListedShownAndInTheSituationReport() throws {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        #expect(try run(["notice", "list"]).standardOutput == "No notices yet.\n")
        #expect(
            try run(["incident", "open", "--name", "豪雨", "--start", "2026-11-02", "--affected", "宇和島市"]).status == 0)
        #expect(
            try run([
                "notice", "post", "--title", "燃料確保", "--body", "給油所の営業情報\n随時更新", "--group", "A", "--incident",
                "I1",
            ]).status == 0)
        #expect(try run(["notice", "post", "--title", "全体連絡", "--body", "訓練日程"]).status == 0)
        #expect(try run(["ack", "N1", "--member", "hq-1"]).status == 0)
        let list = try run(["notice", "list"]).standardOutput
        let groupA = try json(["notice", "show", "N1"])
        let audience = groupA["audience"] as! Int
        let everyone = try json(["notice", "show", "N2"])["audience"] as! Int
        #expect(
            list == """
                N1  2026-11-02 09:00  I1  group A and headquarters  燃料確保  acknowledged 1 of \(audience)
                N2  2026-11-02 09:00  —   all members               全体連絡  acknowledged 0 of \(everyone)

                """)
        #expect(try run(["notice", "list", "--incident", "I1"]).standardOutput.hasPrefix("N1 ") == true)
        #expect((groupA["acknowledged"] as! [[String: Any]]).count == 1)
        #expect((groupA["waiting"] as! [[String: Any]]).count == audience - 1)
        let shown = try run(["notice", "show", "N1"]).standardOutput
        #expect(
            shown.hasPrefix(
                """
                N1  燃料確保
                  posted 2026-11-02 09:00 by \(CommandRunner.recordedActor) to group A and headquarters, incident I1

                  給油所の営業情報
                  随時更新

                Acknowledged 確認済 (1 of \(audience)):
                  増田 英樹 (県災害対策本部・防災局, hq-1)  2026-11-02 09:00

                Not yet 未確認 (\(audience - 1)):

                """))
        let sitrep = try run(["sitrep", "--incident", "I1"]).standardOutput
        #expect(sitrep.contains("Notices 掲示\n"))
        #expect(sitrep.contains("燃料確保  給油所の営業情報 / 随時更新  1 of \(audience)\n"))
        #expect(!sitrep.contains("全体連絡"))
        let report = try json(["sitrep", "--incident", "I1"])
        #expect((report["notices"] as! [[String: Any]]).map { $0["id"] as! String } == ["N1"])
        let unknown = try run(["notice", "show", "N9"])
        #expect(unknown.status == 1 && unknown.standardError == "there is no notice N9\n")
    }

    @Test func anImportThatRemovesAHeldPersonWarnsAndPlanningGoesOn() throws {
        let fixture = CommandRunner.repositoryRoot.appendingPathComponent(
            "Tests/counterpartTests/Fixtures/incident-roster.xml")
        #expect(try run(["roster", "import", fixture.path]).status == 0)
        #expect(
            try run(["incident", "open", "--name", "豪雨", "--start", "2026-11-02", "--affected", "宇和島市"]).status == 0)
        #expect(
            try run([
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "shelter",
                "--headcount", "1", "--from", "2026-11-02", "--to", "2026-11-08",
            ]).status == 0)
        #expect(try run(["incident", "plan", "I1"]).status == 0)
        #expect(try run(["assignment", "confirm", "A1"]).status == 0)
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let without = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("s-382019-0001") }.joined(separator: "\n")
            .replacingOccurrences(of: "effective=\"2026-04-01\"", with: "effective=\"2026-04-02\"")
        let april = folder.path("april.xml")
        try without.write(toFile: april, atomically: true, encoding: .utf8)
        let imported = try run(["roster", "import", april])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(
            imported.standardError.contains(
                "warning: s-382019-0001 (松山 一郎) is no longer in the roster but is confirmed in I1 (A1); kept as they are under their name\n"
            ))
        let plan = try run(["incident", "plan", "I1"])
        #expect(plan.status == 0)
        #expect(
            plan.standardOutput.contains("Kept as they are, though the roster changed 名簿変更 (1):\n  A1  s-382019-0001  ")
        )
        let list = try run(["assignment", "list", "--incident", "I1"])
        #expect(list.standardOutput.contains("A1  R1  松山 一郎  s-382019-0001"))
    }

    @Test func theRecordNamesTheRealUserAndKeepsUSEROnlyAsAClaim() throws {
        let real = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "uid \(getuid())"
        let database = folder.path("claims.sqlite")
        func open(as user: String) throws -> String {
            let result = try CommandRunner.run(
                ["incident", "open", "--name", "x", "--start", "2026-11-02", "--affected", "宇和島市", "--db", database],
                in: folder.url, environment: ["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "USER": user])
            return result.standardOutput
        }
        #expect(
            try CommandRunner.run(
                ["roster", "import", "\(root)/roster.xml", "--db", database], in: folder.url,
                environment: ["USER": real]
            ).status == 0)
        #expect(try open(as: real).contains("  opened 2026-11-02 09:00 by \(real)\n"))
        #expect(try open(as: "mallory").contains("  opened 2026-11-02 09:00 by \(real) (USER=mallory)\n"))
    }
}

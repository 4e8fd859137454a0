import Foundation
import Testing

/// The April trap on the shipped roster: every list holds for fiscal 2026 (2026-04-01 to
/// 2027-03-31); in April 2027 松山市 alone sends its renewed list. The other towns' days
/// stay as they were, and planning and coverage name every town whose list ended.
@Suite struct AprilTests {
    let folder = ScratchFolder()
    let ehime = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path
    var database: String { folder.path("counterpart.sqlite") }

    func run(_ arguments: [String], at time: String = "2027-04-05T00:00:00Z") throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", database], in: folder.url, environment: ["COUNTERPART_NOW": time, "USER": "hotline"])
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// The shipped roster's municipalities, in its order, with their names.
    static let towns = [
        ("382019", "松山市"), ("382027", "今治市"), ("382035", "宇和島市"), ("382043", "八幡浜市"), ("382051", "新居浜市"),
        ("382060", "西条市"), ("382078", "大洲市"), ("382108", "伊予市"), ("382132", "四国中央市"), ("382141", "西予市"),
        ("382159", "東温市"), ("383562", "上島町"), ("383864", "久万高原町"), ("384011", "松前町"), ("384020", "砥部町"),
        ("384224", "内子町"), ("384429", "伊方町"), ("384844", "松野町"), ("384887", "鬼北町"), ("385069", "愛南町"),
    ]

    /// The warning lines for `towns`, with the staff each has on the shipped roster (from `roster show`).
    func warnings(for towns: [(String, String)]) throws -> String {
        try towns.map { code, name in
            let shown = try run(["roster", "show", "--municipality", code]).standardOutput
            let staff = shown.components(separatedBy: "\n  staff ")[1].prefix { $0.isNumber }
            return "warning: \(name): 0 of \(staff) staff available after 2027-03-31 — roster not renewed?\n"
        }.joined()
    }

    /// 松山市's list for fiscal 2027: the same people, every day a year later (effective
    /// 2027-04-01, most available to 2028-03-31).
    func renewal() throws -> String {
        let part = folder.path("382019-2027.xml")
        #expect(try run(["roster", "export", "--municipality", "382019", "-o", part]).status == 0)
        let text = try String(contentsOfFile: part, encoding: .utf8)
            .replacingOccurrences(of: "=\"2027-", with: "=\"2028-")
            .replacingOccurrences(of: "=\"2026-", with: "=\"2027-")
        try text.write(toFile: part, atomically: true, encoding: .utf8)
        return part
    }

    @Test func oneTownsRenewalLeavesTheOthersDaysAndTheWarningNamesEveryTownWhoseListEnded() throws {
        #expect(try run(["roster", "import", "\(ehime)/roster.xml"]).status == 0)
        let part = try renewal()
        let imported = try run(["roster", "import", part])
        #expect(imported.status == 0)
        #expect(
            imported.standardOutput.contains("lists' own effective days: 1 added, 0 removed, 0 changed\n  + 382019\n"))
        #expect(!imported.standardOutput.contains("roster: effective changed"))
        #expect(imported.standardOutput.hasSuffix("stored as revision 2 in \(database)\n"))

        // Stored: the roster's day and every other town's list day are those of 2026.
        let matsuyama = try run(["roster", "show", "--municipality", "382019"]).standardOutput
        #expect(matsuyama.hasPrefix("Roster of 380008, effective 2026-04-01: 20 municipalities"))
        #expect(
            matsuyama.contains(
                "松山市 382019 (市)  dispatch capacity 178  population 511192\n"
                    + "  list effective 2027-04-01 (renewed on its own; the roster's day is 2026-04-01)\n"))
        let all = try run(["roster", "show"]).standardOutput
        #expect(all.components(separatedBy: "  list effective ").count == 2)
        #expect(
            try run(["roster", "export", "--municipality", "382159"]).standardOutput.contains(
                "effective=\"2026-04-01\""))
        #expect(
            try run(["roster", "export", "--municipality", "382019"]).standardOutput.contains(
                "effective=\"2027-04-01\""))
        #expect(try run(["roster", "export"]).standardOutput.contains("effective=\"2026-04-01\""))

        // An April incident hitting 宇和島市: every other town but 松山市 has no one left.
        #expect(
            try run(["incident", "open", "--name", "春の豪雨", "--start", "2027-04-05", "--affected", "宇和島市"]).status == 0)
        #expect(
            try run([
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "shelter",
                "--headcount", "10", "--from", "2027-04-05", "--to", "2027-04-11", "--priority", "critical",
            ]).status == 0)
        let others = Self.towns.filter { $0.0 != "382019" && $0.0 != "382035" }
        let plan = try run(["incident", "plan", "I1"])
        #expect(plan.status == 0 && plan.standardOutput.hasPrefix("Plan version 1 of I1 stored as P1"))
        #expect(plan.standardError == (try warnings(for: others)))
        // The same in JSON, on standard error only: standard output stays JSON.
        let json = try run(["incident", "plan", "I1", "--format", "json"])
        #expect(json.standardError == (try warnings(for: others)))
        #expect(try JSONSerialization.jsonObject(with: json.outputBytes) is [String: Any])

        // Coverage from an April day: no hit is left out, so 宇和島市 is named too.
        let coverage = try run([
            "coverage", "--demand", "\(ehime)/demand-flood.xml", "--start", "2027-04-05", "--format", "csv",
        ])
        #expect(coverage.status == 0)
        #expect(coverage.standardError == (try warnings(for: Self.towns.filter { $0.0 != "382019" })))
        // The heavy-rain drill moved to April 2027: its five hit towns left out, like 松山市.
        let drill = try String(contentsOfFile: "\(ehime)/drill-heavy-rain.xml", encoding: .utf8)
            .replacingOccurrences(of: "=\"2026-07-", with: "=\"2027-04-")
            .replacingOccurrences(of: "=\"2026-08-02\"", with: "=\"2027-04-30\"")
        let april = folder.write("drill-april.xml", drill)
        let leftOut = ["382019", "382035", "382078", "382141", "384844", "384887"]
        let rehearsed = try run(["drill", "run", april])
        #expect(rehearsed.status == 0)
        #expect(rehearsed.standardError == (try warnings(for: Self.towns.filter { !leftOut.contains($0.0) })))
        #expect(
            try run(["plan", "--scenario", april, "--format", "json"]).standardError == rehearsed.standardError)
        // The July drill of fiscal 2026 warns about nobody.
        let november = try run(["plan", "--scenario", "\(ehime)/drill-heavy-rain.xml", "--format", "json"])
        #expect(november.status == 0 && november.standardError.isEmpty)
    }

    /// Last year's full roster would take 松山市's renewed list back: refused with both days,
    /// the file left untouched; `--force` imports it.
    @Test func anOlderRosterReplacesANewerOneOnlyWithForce() throws {
        #expect(try run(["roster", "import", "\(ehime)/roster.xml"]).status == 0)
        #expect(try run(["roster", "import", try renewal()]).status == 0)
        let before = try bytes(database)
        let refused = try run(["roster", "import", "\(ehime)/roster.xml"])
        #expect(refused.status == 1 && refused.standardOutput.isEmpty)
        #expect(
            refused.standardError
                == "\(ehime)/roster.xml: the file is effective 2026-04-01, earlier than the stored list of 松山市 (382019), "
                + "effective 2027-04-01; it was not imported (add --force to import it anyway)\n")
        #expect(try bytes(database) == before)
        let dryRun = try run(["roster", "import", "--dry-run", "\(ehime)/roster.xml"])
        #expect(dryRun.status == 1 && dryRun.standardError == refused.standardError)
        let forced = try run(["roster", "import", "--force", "\(ehime)/roster.xml"])
        #expect(forced.status == 0)
        #expect(forced.standardOutput.hasPrefix("staff: 0 added, 0 removed, "))
        #expect(
            forced.standardOutput.contains("lists' own effective days: 0 added, 1 removed, 0 changed\n  − 382019\n"))
        #expect(!(try run(["roster", "show"]).standardOutput.contains("list effective")))
    }
}

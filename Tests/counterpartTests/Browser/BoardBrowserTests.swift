import Foundation
import Testing

/// A drill played on the board by four members in four headless Chromium windows, at a
/// phone's size and at a desk's: headquarters opens the Nankai drill from its file and plans it,
/// and watches; 宇和島市 files one more request;
/// 松山市 confirms its people of the first period, declines one with a reason and is refused a
/// substitute from another town; 愛南町 acknowledges everything. A change made in one window
/// appears in headquarters' board without reloading; screenshots and A4 PDFs are written under
/// `.build/board-screenshots/`; no window logs a script error or a CSP violation.
@Suite(.serialized) struct BoardBrowserTests {
    static let output = CommandRunner.repositoryRoot.appendingPathComponent(".build/board-screenshots")

    @Test(arguments: [(360, 740), (1280, 800)])
    func aDrillPlayedByFourMembers(width: Int, height: Int) throws {
        try #require(WebDriver.isInstalled, "chromium and chromium-driver: run Scripts/install-dependencies.sh")
        try FileManager.default.createDirectory(at: Self.output, withIntermediateDirectories: true)
        let data = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path
        let server = try LiveServer(database: "", command: ["demo", "--port", "0", "--data", data])
        defer { server.stop() }
        var passwords: [String: String] = [:]
        for line in server.standardOutput.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 2, words[0].hasPrefix("m-") || words[0].hasPrefix("hq-") {
                passwords[String(words[0])] = String(words[1])
            }
        }
        let driver = try WebDriver()
        defer { driver.stop() }
        let size = "\(width)x\(height)"
        var windows: [String: BrowserSession] = [:]
        defer { for window in windows.values { window.close() } }
        for member in ["hq-1", "m-382035-4", "m-382019-4", "m-385069-4"] {
            let window = try driver.session(width: width, height: height)
            windows[member] = window
            try window.open("\(server.address)/login")
            try window.type("#login-member", member)
            try window.type("#login-password", try #require(passwords[member]))
            try window.click("#login button[type=submit]")
            #expect(try window.waitFor(seconds: 10) { $0.contains("未読（あなたあて）") }, "\(member) signed in")
        }
        let hq = try #require(windows["hq-1"])
        // Headquarters opens the shipped Nankai drill from its file (I2; the demo opened I1 the
        // same way, by command) and plans it.
        try hq.type("#drill-file", "\(data)/drill-nankai-quake.xml")
        try hq.click("#open-drill button[type=submit]")
        #expect(try hq.waitFor(seconds: 20) { $0.contains("I2 南海トラフ地震想定訓練") && $0.contains("まだ計画していません") })
        try hq.click("#plan button[type=submit]")
        #expect(try hq.waitFor(seconds: 60) { $0.contains("最新の計画版 P2") }, "I2 planned")
        try hq.open("\(server.address)/incidents/I1")
        #expect(try hq.waitFor(seconds: 10) { $0.contains("南海トラフ地震想定訓練") && $0.contains("応援職員") })
        try hq.screenshot(to: Self.output.appendingPathComponent("board-\(size).png").path)

        // 宇和島市 files one more request; headquarters' board shows it without reloading.
        let uwajima = try #require(windows["m-382035-4"])
        try uwajima.open("\(server.address)/incidents/I1")
        try uwajima.run(
            """
            document.getElementById('file-category').value = 'water';
            document.getElementById('file-headcount').value = '2';
            document.getElementById('file-from').value = '2027-01-25';
            document.getElementById('file-to').value = '2027-01-31';
            document.getElementById('file-note').value = '吉田支所に集合';
            """)
        try uwajima.screenshot(to: Self.output.appendingPathComponent("file-request-\(size).png").path)
        try uwajima.click("#file-request button[type=submit]")
        #expect(try uwajima.waitFor(seconds: 10) { $0.contains("吉田支所に集合") }, "the filed request is listed")
        #expect(try hq.waitFor(seconds: 2) { $0.contains("吉田支所に集合") }, "headquarters sees it within 2 s")
        #expect(try hq.text().contains("更新しました"))

        // Headquarters plans again: the new version reaches its board.
        try hq.click("#plan button[type=submit]")
        #expect(try hq.waitFor(seconds: 30) { $0.contains("最新の計画版 P3") }, "a new plan version of I1")

        // 松山市 confirms its first period's people, declines one, and is refused a substitute
        // from another town with a Japanese message.
        let matsuyama = try #require(windows["m-382019-4"])
        try matsuyama.open("\(server.address)/incidents/I1")
        try matsuyama.screenshot(to: Self.output.appendingPathComponent("supplier-\(size).png").path)
        try matsuyama.click("#confirm-period-0 button[type=submit]")
        #expect(try matsuyama.waitFor(seconds: 15) { !$0.contains("第1期の提案") })
        let declineForm = try #require(
            try matsuyama.run("var f = document.querySelector('form[id^=decline-]'); return f ? f.id : null;")
                as? String)
        let assignment = String(declineForm.dropFirst("decline-".count))
        try matsuyama.type("#decline-reason-\(assignment)", "本人の体調不良")
        try matsuyama.click("#\(declineForm) button[type=submit]")
        #expect(try matsuyama.waitFor(seconds: 10) { $0.contains("本人の体調不良") })
        let substitute = try #require(
            try matsuyama.run("var f = document.querySelector('form[id^=substitute-]'); return f ? f.id : null;")
                as? String)
        try matsuyama.type("#\(substitute) input[name=staff]", "s-382035-0001")
        try matsuyama.click("#\(substitute) button[type=submit]")
        #expect(try matsuyama.waitFor(seconds: 10) { $0.contains("交代は同じ応援市町の職員どうしでだけできます") })
        #expect(
            try matsuyama.run("return document.getElementById(arguments[0]) !== null;", [substitute]) as? Bool == true,
            "the refused substitute changed nothing: the person is still proposed")

        // 宇和島市 changes its request: two more people; a date before the incident is refused.
        try uwajima.open("\(server.address)/incidents/I1")
        let filed = try #require(
            try uwajima.run(
                "var f = document.querySelectorAll('form[id^=change-]'); return f.length ? f[f.length - 1].id : null;")
                as? String)
        try uwajima.run("document.querySelector('#\(filed)').closest('details').open = true;")
        try uwajima.run("document.querySelector('#\(filed) input[name=to]').value = '2027-01-01';")
        try uwajima.click("#\(filed) button[type=submit]")
        #expect(try uwajima.waitFor(seconds: 10) { $0.contains("終了日") && $0.contains("開始日") && $0.contains("前") })
        try uwajima.run(
            """
            document.querySelector('#\(filed) input[name=to]').value = '2027-01-31';
            document.querySelector('#\(filed) input[name=headcount]').value = '4';
            """)
        try uwajima.click("#\(filed) button[type=submit]")
        #expect(try uwajima.waitFor(seconds: 10) { $0.contains("4人\t1/25(月)〜1/31(日)") || $0.contains("4人 1/25(月)") })

        // 愛南町 acknowledges everything addressed to it.
        let ainan = try #require(windows["m-385069-4"])
        try ainan.open("\(server.address)/")
        try ainan.click("#ack-all button[type=submit]")
        #expect(try ainan.waitFor(seconds: 10) { $0.contains("未読はありません。") })
        try ainan.open("\(server.address)/followup")
        #expect(try ainan.waitFor(seconds: 5) { $0.contains("できません") })

        // Headquarters posts a notice to everyone; 愛南町 reads and acknowledges it.
        try hq.open("\(server.address)/notices")
        try hq.type("#notice-title", "燃料確保")
        try hq.type("#notice-body", "給油所の営業情報を共有します")
        try hq.click("#post-notice button[type=submit]")
        #expect(try hq.waitFor(seconds: 10) { $0.contains("N1 燃料確保") })
        try ainan.open("\(server.address)/notices/N1")
        try ainan.click("#ack-N1 button[type=submit]")
        #expect(try ainan.waitFor(seconds: 10) { $0.contains("既読 ") && !$0.contains("確認しました（既読）") })

        // Every page, as headquarters sees it, for the record.
        for (name, path) in [
            ("home", "/"), ("notices", "/notices"), ("notice", "/notices/N1"), ("followup", "/followup"),
            ("contacts", "/roster/contacts"), ("sitrep", "/incidents/I1/sitrep"),
        ] {
            try hq.open("\(server.address)\(path)")
            try hq.screenshot(to: Self.output.appendingPathComponent("\(name)-\(size).png").path)
        }
        try ainan.open("\(server.address)/login")
        try ainan.screenshot(to: Self.output.appendingPathComponent("login-\(size).png").path)

        // The printed pages, and every window's console.
        try hq.open("\(server.address)/incidents/I1/sitrep")
        try hq.printPDF(to: Self.output.appendingPathComponent("sitrep-\(size).pdf").path)
        try hq.open("\(server.address)/roster/contacts")
        try hq.printPDF(to: Self.output.appendingPathComponent("contacts-\(size).pdf").path)
        // The refusals this drill provokes (and checks above) are logged by the browser as
        // failed loads with a 4xx status; those are left out. Script errors, CSP violations and
        // any other failure never are.
        for (member, window) in windows {
            let problems = try window.consoleProblems().filter {
                !$0.contains("Failed to load resource: the server responded with a status of 4")
            }
            #expect(problems.isEmpty, "\(member): \(problems)")
        }
    }
}

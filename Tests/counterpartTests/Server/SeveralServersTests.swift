import CounterpartTestSupport
import Foundation
import Testing

/// Four `counterpart serve` processes on one PostgreSQL database, as headquarters and a branch
/// office would run them: a change made through one reaches the live streams of the others,
/// and fifty writers at once on each (answers racing for the same people, acknowledgements,
/// changes of one request) lose nothing and store nothing twice.
@Suite(.serialized) struct SeveralServersTests {
    static let hq = "hq-1"
    static let hit = "m-382035-1"
    static let supplier = "m-382019-1"
    static let members = ["hq-1", "m-382035-1", "m-382035-2", "m-382019-1", "m-382019-2"]

    @Test(.timeLimit(.minutes(5))) func fourServersFiftyWritersEachNothingLostNothingTwice() throws {
        let database = try ThrowAwayPostgres.shared().freshDatabase()
        let folder = ScratchFolder()
        func run(_ arguments: [String]) throws -> CommandRunner.Result {
            let result = try CommandRunner.run(arguments + ["--db", database], in: folder.url)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
            return result
        }
        _ = try run([
            "roster", "import", CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml").path,
        ])
        _ = try run(["incident", "open", "--name", "南予豪雨", "--start", "2027-01-18", "--affected", "宇和島市"])
        for headcount in ["8", "1"] {
            _ = try run([
                "request", "add", "--incident", "I1", "--municipality", "宇和島市", "--category", "water",
                "--headcount", headcount, "--from", "2027-01-18", "--to", "2027-01-24",
            ])
        }
        _ = try run(["incident", "plan", "I1"])
        let listed = try run(["assignment", "list", "--incident", "I1", "--all", "--format", "json"])
        let assignments = try #require(
            try JSONSerialization.jsonObject(with: listed.outputBytes) as? [[String: Any]])
        let ours = assignments.filter {
            ($0["supplier"] as? [String: Any])?["code"] as? String == "382019" && $0["request"] as? String == "R1"
        }
        .compactMap { $0["id"] as? String }
        try #require(ours.count >= 3, "\(listed.standardOutput)")
        var tokens: [String: String] = [:]
        for member in Self.members { tokens[member] = try ServeCommandTests.token(member, database: database) }

        let servers = try (0..<4).map { _ in try LiveServer(database: database) }
        defer { for server in servers { server.stop() } }
        let watcher = try StreamReader(servers[3].address + "/api/v1/events", token: tokens[Self.hq]!, seconds: 40)
        defer { watcher.stop() }
        #expect(watcher.wait(seconds: 10) { $0.contains("retry:") }, "the stream opens")

        // Live across servers: a change through server 1 reaches server 4's stream.
        let changed = try Curl.call(
            "PATCH", servers[0].address + "/api/v1/requests/R2", token: tokens[Self.hit],
            json: #"{"note":"first"}"#)
        #expect(changed.status == 200, "\(changed.body)")
        #expect(watcher.wait(seconds: 5) { $0.contains("event: request.changed") }, "\(watcher.received)")

        // Fifty writers on each server at once.
        var configurations: [String] = []
        for (index, server) in servers.enumerated() {
            var text = ""
            for writer in 0..<50 {
                let api = server.address + "/api/v1"
                let (url, method, member, body): (String, String, String, String)
                switch writer % 3 {
                case 0:
                    let assignment = ours[(writer / 3) % ours.count]
                    (url, method, member, body) = (
                        api + "/assignments/\(assignment)/answer", "POST", Self.supplier,
                        #"{"action":"confirm","expectedState":"proposed"}"#
                    )
                case 1:
                    (url, method, member, body) = (
                        api + "/acks", "POST", Self.members[(writer / 3 + index) % Self.members.count],
                        #"{"items":["R1","P1"]}"#
                    )
                default:
                    (url, method, member, body) = (
                        api + "/requests/R2", "PATCH", Self.hit, #"{"note":"server \#(index) writer \#(writer)"}"#
                    )
                }
                // `next` between transfers only: one after the last fails them all.
                text +=
                    (writer == 0 ? "" : "next\n") + """
                        url = "\(url)"
                        request = "\(method)"
                        header = "Authorization: Bearer \(tokens[member]!)"
                        header = "Content-Type: application/json"
                        data-binary = "\(body.replacingOccurrences(of: "\"", with: "\\\""))"
                        output = "/dev/null"
                        write-out = "\(index) \(writer) \(member) \(url.split(separator: "/").suffix(2).joined(separator: "/")) %{http_code} %{errormsg}\\n"

                        """
            }
            let path = folder.path("writers-\(index).curl")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            configurations.append(path)
        }
        let outcomes = try Self.runAtOnce(configurations)
        try #require(outcomes.count == 200, "\(outcomes)")
        #expect(
            outcomes.allSatisfy { [200, 409].contains($0.status) },
            "\(outcomes.filter { ![200, 409].contains($0.status) }.prefix(5)) \(servers.map(\.standardError))")

        // What the record says, as a fifth member would see it live.
        #expect(
            watcher.wait(seconds: 10) { text in
                Self.events(in: text).filter { $0.kind == "request.changed" }.count
                    == 1 + outcomes.filter { $0.target == "requests/R2" && $0.status == 200 }.count
            }, "every accepted change of R2 is in the record once")
        let events = Self.events(in: watcher.received)
        for assignment in ours {
            let accepted = outcomes.filter { $0.target == "\(assignment)/answer" && $0.status == 200 }
            let tried = outcomes.filter { $0.target == "\(assignment)/answer" }
            guard !tried.isEmpty else { continue }
            #expect(accepted.count == 1, "\(assignment): one confirmation wins, the rest are conflicts")
            #expect(events.filter { $0.kind == "assignment.answered" && $0.item == assignment }.count == 1)
        }
        let ackers = Set(outcomes.filter { $0.target == "v1/acks" }.map(\.member))
        #expect(outcomes.filter { $0.target == "v1/acks" }.allSatisfy { $0.status == 200 })
        for member in ackers {
            for item in ["R1", "P1"] {
                let recorded = events.filter { $0.kind == "ack.recorded" && $0.item == item && $0.by.hasPrefix(member) }
                #expect(recorded.count == 1, "\(member) acknowledged \(item) once: \(recorded)")
            }
        }
        // Nothing twice in the record: event ids are unique and without gaps.
        let ids = events.map(\.id)
        #expect(Set(ids).count == ids.count)
        let checked = try run(["db", "check"])
        #expect(checked.standardOutput == "ok\n" || checked.standardOutput.contains("ok"))
    }

    struct Outcome: Sendable {
        var server: Int
        var writer: Int
        var member: String
        var target: String
        var status: Int
        /// What curl says went wrong, when nothing came back.
        var error: String
    }

    /// Runs one curl per configuration at once, each sending its requests all in parallel.
    static func runAtOnce(_ configurations: [String]) throws -> [Outcome] {
        let processes = try configurations.map { path -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            process.arguments = ["-s", "--parallel", "--parallel-immediate", "--parallel-max", "50", "-K", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        var lines: [Substring] = []
        for (process, pipe) in processes {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            lines += String(decoding: data, as: UTF8.self).split(separator: "\n")
        }
        return lines.compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 5)
            guard parts.count >= 5, let server = Int(parts[0]), let writer = Int(parts[1]), let status = Int(parts[4])
            else { return nil }
            return Outcome(
                server: server, writer: writer, member: String(parts[2]), target: String(parts[3]), status: status,
                error: parts.count > 5 ? String(parts[5]) : "")
        }
    }

    struct Event: Sendable {
        var id: Int
        var kind: String
        var item: String
        var by: String
    }

    /// The events of a stream's text.
    static func events(in text: String) -> [Event] {
        text.split(separator: "\n\n").compactMap { block in
            var id: Int?
            var kind: String?
            var data: [String: Any] = [:]
            for line in block.split(separator: "\n") {
                if line.hasPrefix("id: ") { id = Int(line.dropFirst(4)) }
                if line.hasPrefix("event: ") { kind = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") {
                    data =
                        (try? JSONSerialization.jsonObject(with: Data(line.dropFirst(6).utf8))) as? [String: Any] ?? [:]
                }
            }
            guard let id, let kind else { return nil }
            return Event(id: id, kind: kind, item: data["item"] as? String ?? "", by: data["by"] as? String ?? "")
        }
    }
}

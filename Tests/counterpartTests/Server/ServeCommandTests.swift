import Foundation
import Testing

/// `counterpart serve` as a process on a free port: a whole incident over HTTP with members
/// acting for themselves, live events filtered per member and resumed, a clean stop.
@Suite(.serialized) struct ServeCommandTests {
    static let hq = "hq-1"
    static let hit = "m-382035-1"
    static let supplier = "m-382019-1"
    static let outsider = "m-382060-1"

    /// A bearer token for `member`, from the command line.
    static func token(_ member: String, database: String) throws -> String {
        let result = try CommandRunner.run(
            ["account", "token", member, "--label", "live test", "--format", "json", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return try #require(object?["token"] as? String)
    }

    /// Staff of 松山市 with the water-supply skill, in roster order.
    static func matsuyamaWaterStaff() throws -> [String] {
        let roster = try String(
            contentsOf: CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime/roster.xml"), encoding: .utf8)
        return roster.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("<person "), line.contains(#"municipality="382019""#),
                let skills = line.firstRange(of: #"skills=""#),
                line[skills.upperBound...].prefix(while: { $0 != "\"" })
                    .split(separator: " ").contains("water"),
                let id = line.firstRange(of: #"id=""#)
            else { return nil }
            return String(line[id.upperBound...].prefix { $0 != "\"" })
        }
    }

    @Test(.timeLimit(.minutes(3))) func aWholeIncidentOverHTTPWithLiveEvents() throws {
        let folder = ScratchFolder()
        let database = folder.path("live.sqlite")
        let imported = try CommandRunner.run(["roster", "import", "Data/ehime/roster.xml", "--db", database])
        #expect(imported.status == 0, "\(imported.standardError)")
        let tokens = try [Self.hq, Self.hit, Self.supplier, Self.outsider].reduce(into: [String: String]()) {
            $0[$1] = try Self.token($1, database: database)
        }
        let server = try LiveServer(database: database)
        defer { server.stop() }
        let api = server.address + "/api/v1"
        #expect(server.address.hasPrefix("http://127.0.0.1:"))
        #expect(try Curl.call("GET", server.address + "/healthz", token: nil).status == 200)

        let groupA = try StreamReader(api + "/events", token: tokens[Self.supplier]!, seconds: 60)
        let groupC = try StreamReader(api + "/events", token: tokens[Self.outsider]!, seconds: 60)
        defer {
            groupA.stop()
            groupC.stop()
        }
        #expect(groupA.wait(seconds: 10) { $0.contains("retry:") }, "the stream opens")

        // Headquarters opens; the stored incident says so.
        let opened = try Curl.call(
            "POST", api + "/incidents", token: tokens[Self.hq],
            json: #"{"name":"南予豪雨","start":"2027-01-18","affected":["382035"]}"#)
        #expect(opened.status == 201, "\(opened.body)")
        let shown = try CommandRunner.run(["incident", "show", "I1", "--format", "json", "--db", database])
        #expect(shown.standardOutput.contains(#""code": "382035""#))

        // The hit town files its own request.
        let filed = try Curl.call(
            "POST", api + "/incidents/I1/requests", token: tokens[Self.hit],
            json:
                #"{"municipality":"宇和島市","category":"給水","headcount":2,"from":"2027-01-18","to":"2027-01-24","priority":"緊急"}"#
        )
        #expect(filed.status == 201, "\(filed.body)")
        let listed = try CommandRunner.run([
            "request", "list", "--incident", "I1", "--format", "json", "--db", database,
        ])
        #expect(listed.standardOutput.contains(#""id": "R1""#))
        #expect(listed.standardOutput.contains(#""priority": "critical""#))

        // A member of group C cannot file for 宇和島市: the incident does not exist for them.
        let foreign = try Curl.call(
            "POST", api + "/incidents/I1/requests", token: tokens[Self.outsider],
            json: #"{"municipality":"382035","category":"water","headcount":1,"from":"2027-01-18","to":"2027-01-19"}"#)
        #expect(foreign.status == 404)

        // Headquarters plans; the supporter sees its people.
        #expect(try Curl.call("POST", api + "/incidents/I1/plans", token: tokens[Self.hq]).status == 201)
        let ours = try Curl.call(
            "GET", api + "/incidents/I1/assignments?supplier=382019&state=proposed", token: tokens[Self.supplier])
        #expect(ours.status == 200)
        let ids = ours.array.compactMap { $0["id"] as? String }
        try #require(ids.count == 2, "\(ours.body)")
        let assigned = Set(ours.array.compactMap { $0["staff"] as? String })

        // The supporter confirms one and sends another of its own instead of the other.
        let confirmed = try Curl.call(
            "POST", api + "/assignments/\(ids[0])/answer", token: tokens[Self.supplier],
            json: #"{"action":"confirm","expectedState":"proposed"}"#)
        #expect(confirmed.status == 200)
        #expect(confirmed.object["state"] as? String == "confirmed")
        let candidate = try #require(try Self.matsuyamaWaterStaff().first { !assigned.contains($0) })
        let substituted = try Curl.call(
            "POST", api + "/assignments/\(ids[1])/answer", token: tokens[Self.supplier],
            json: #"{"action":"substitute","staff":"\#(candidate)"}"#)
        #expect(substituted.status == 200, "\(substituted.body)")
        let people = try CommandRunner.run(
            ["assignment", "list", "--incident", "I1", "--all", "--format", "json", "--db", database])
        #expect(people.standardOutput.contains(#""staff": "\#(candidate)""#))
        #expect(people.standardOutput.contains(#""state": "withdrawn""#))

        // Everyone acknowledges what is addressed to them.
        for member in [Self.hq, Self.hit, Self.supplier] {
            let unread = try Curl.call("GET", api + "/me/unread", token: tokens[member])
            let items = unread.array.compactMap { $0["item"] as? String }
            #expect(items.contains("R1") && items.contains("P1"), "\(member): \(items)")
            let list = items.map { "\"\($0)\"" }.joined(separator: ",")
            let acked = try Curl.call("POST", api + "/acks", token: tokens[member], json: #"{"items":[\#(list)]}"#)
            #expect(acked.status == 200)
            #expect(try Curl.call("GET", api + "/me/unread", token: tokens[member]).array.isEmpty)
        }

        // Live: group A saw it all, group C nothing of it.
        #expect(groupA.wait(seconds: 5) { $0.contains("event: ack.recorded") })
        let seen = groupA.received
        for kind in ["incident.opened", "request.filed", "plan.stored", "assignment.answered", "ack.recorded"] {
            #expect(seen.contains("event: \(kind)"), "group A sees \(kind)")
        }
        #expect(seen.contains(#""incident":"I1""#))
        Thread.sleep(forTimeInterval: 1)
        #expect(!groupC.received.contains("I1"), "group C never sees the incident: \(groupC.received)")
        #expect(!groupC.received.contains("event: "))

        // A stream resumed after the request was filed gets what came after it, not it.
        let filedLine = try #require(
            seen.split(separator: "\n\n").first { $0.contains("event: request.filed") })
        let filedID = try #require(Int(filedLine.split(separator: "\n")[0].dropFirst("id: ".count)))
        let resumed = try StreamReader(api + "/events", token: tokens[Self.supplier]!, seconds: 3, lastEventID: filedID)
        #expect(resumed.wait(seconds: 5) { $0.contains("event: ack.recorded") })
        resumed.stop()
        #expect(!resumed.received.contains("event: request.filed"))
        #expect(resumed.received.contains("event: plan.stored"))

        // The record names the member and the address.
        let record = try CommandRunner.run(["incident", "show", "I1", "--db", database])
        #expect(record.standardOutput.contains("m-382035-1 (127.0.0.1)"), "\(record.standardOutput)")

        // SIGTERM: the server stops cleanly although streams are open.
        #expect(server.stop() == 0)
        #expect(!server.standardError.contains("Bearer"), "no token in the access log")
        #expect(!server.standardError.contains(tokens[Self.hq]!))
    }
}

/// Starting the server: its own TLS, and clear refusals.
@Suite(.serialized) struct ServeStartTests {
    static let fixtures = CommandRunner.repositoryRoot.appendingPathComponent("Tests/counterpartTests/Fixtures")

    @Test(.timeLimit(.minutes(2))) func withACertificateItSpeaksTLSAndMarksTheCookieSecure() throws {
        let folder = ScratchFolder()
        let database = folder.path("tls.sqlite")
        #expect(try CommandRunner.run(["roster", "import", "Data/ehime/roster.xml", "--db", database]).status == 0)
        let invited = try CommandRunner.run(["account", "invite", "hq-1", "--format", "json", "--db", database])
        let code = try #require(
            (try JSONSerialization.jsonObject(with: Data(invited.standardOutput.utf8)) as? [String: Any])?["code"]
                as? String)
        let server = try LiveServer(
            database: database,
            arguments: [
                "--tls-certificate", Self.fixtures.appendingPathComponent("test-tls-certificate.pem").path,
                "--tls-key", Self.fixtures.appendingPathComponent("test-tls-key.pem").path,
            ])
        defer { server.stop() }
        #expect(server.address.hasPrefix("https://127.0.0.1:"))
        let api = server.address + "/api/v1"
        let insecure = ["-k", "-D", "-"]
        let health = try Curl.call("GET", server.address + "/healthz", token: nil, options: insecure)
        #expect(health.status == 200)
        #expect(health.body.lowercased().contains("strict-transport-security: max-age="))
        let enrolled = try Curl.call(
            "POST", api + "/enrol", token: nil,
            json: #"{"member":"hq-1","code":"\#(code)","password":"kaigan-sen-2027"}"#, options: ["-k"])
        #expect(enrolled.status == 200)
        let signed = try Curl.call(
            "POST", api + "/session", token: nil, json: #"{"member":"hq-1","password":"kaigan-sen-2027"}"#,
            options: insecure)
        #expect(signed.status == 200)
        let cookie = signed.body.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie:") } ?? ""
        #expect(cookie.contains("Secure"))
        #expect(cookie.contains("HttpOnly"))
        // Plain HTTP on the TLS port gets no answer from the API.
        let plain = try Curl.call(
            "GET", server.address.replacingOccurrences(of: "https", with: "http") + "/healthz", token: nil)
        #expect(plain.status != 200)
        #expect(server.stop() == 0)
    }

    @Test func unreadableCertificatesAndABusyPortAreRefusedClearly() throws {
        let folder = ScratchFolder()
        let database = folder.path("refused.sqlite")
        #expect(try CommandRunner.run(["roster", "import", "Data/ehime/roster.xml", "--db", database]).status == 0)
        let noKey = try CommandRunner.run(
            ["serve", "--db", database, "--tls-certificate", folder.write("cert.pem", "not a certificate")],
            timeout: .seconds(30))
        #expect(noKey.status == 2, "usage: --tls-key missing")
        let badCertificate = try CommandRunner.run(
            [
                "serve", "--db", database, "--port", "0", "--tls-certificate", folder.path("cert.pem"), "--tls-key",
                folder.write("key.pem", "not a key"),
            ], timeout: .seconds(30))
        #expect(badCertificate.status == 1)
        #expect(badCertificate.standardError.contains("証明書"))
        #expect(badCertificate.standardError.contains("cert.pem"))

        let first = try LiveServer(database: database)
        defer { first.stop() }
        let port = try #require(first.address.split(separator: ":").last.map(String.init))
        let second = try CommandRunner.run(["serve", "--db", database, "--port", port], timeout: .seconds(30))
        #expect(second.status == 1)
        #expect(second.standardError.contains("待ち受けできません"))
        #expect(!second.standardError.contains("NIO"), "no library error text: \(second.standardError)")

        let missing = try CommandRunner.run(["serve", "--db", folder.path("none.sqlite")], timeout: .seconds(30))
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no database"))
    }
}

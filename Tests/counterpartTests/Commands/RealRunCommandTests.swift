import Foundation
import Testing

/// The commands of incidents as they really run, on the shipped Nankai drill: a supporter
/// answering for all its people at once, substitutes, unavailable people, corrections.
@Suite struct RealRunCommandTests {
    let folder = ScratchFolder()
    let root = CommandRunner.repositoryRoot.appendingPathComponent("Data/ehime").path

    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(
            arguments + ["--db", folder.path("counterpart.sqlite")], in: folder.url,
            environment: ["COUNTERPART_NOW": "2026-11-02T00:00:00Z", "USER": "hotline"])
    }

    func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: try run(arguments + ["--format", "json"]).outputBytes)
    }

    func planned() throws -> [[String: Any]] {
        #expect(try run(["roster", "import", "\(root)/roster.xml"]).status == 0)
        #expect(try run(["incident", "open", "--from-scenario", "\(root)/drill-nankai-quake.xml"]).status == 0)
        #expect(try run(["incident", "plan", "I1"]).status == 0)
        return try json(["assignment", "list", "--incident", "I1"]) as! [[String: Any]]
    }

    @Test func aSupporterConfirmsAllItsPeopleOfAPeriodAtOnce() throws {
        let all = try planned()
        let matsuyama = all.filter {
            ($0["supplier"] as! [String: Any])["name"] as? String == "松山市" && $0["period"] as? Int == 0
        }
        #expect(matsuyama.count > 1)
        let result = try run(["assignment", "confirm", "--incident", "I1", "--supplier", "松山市", "--period", "0"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix(
                "\(matsuyama.count) answers recorded in one transaction: \(matsuyama.count) confirmed\n"))
        let after = try json(["assignment", "list", "--incident", "I1", "--state", "confirmed"]) as! [[String: Any]]
        #expect(Set(after.map { $0["id"] as! String }) == Set(matsuyama.map { $0["id"] as! String }))
        // Nothing left to confirm: the selection is refused, nothing changes.
        let again = try run(["assignment", "confirm", "--incident", "I1", "--supplier", "松山市", "--period", "0"])
        #expect(
            again.status == 1 && again.standardError == "no proposed assignment of 松山市 in I1 matches the selection\n")
        let both = try run(["assignment", "confirm", "A1", "--incident", "I1", "--supplier", "松山市"])
        #expect(both.status == 2)
    }

    @Test func aDeclineCanMarkThePersonUnavailableEverywhere() throws {
        let first = try planned()[0]
        let id = first["id"] as! String
        let staff = first["staff"] as! String
        let declined = try run(["assignment", "decline", id, "--reason", "自宅被災", "--unavailable"])
        #expect(declined.status == 0)
        #expect(
            declined.standardOutput.contains(
                "U1: \(staff) unavailable \(first["from"]!)..\(first["to"]!) in every request\n"))
        let list = try run(["staff", "unavailability"])
        #expect(list.standardOutput.hasPrefix("U1  ") && list.standardOutput.contains("自宅被災  in force\n"))
        #expect(try run(["staff", "lift", "U1"]).standardOutput.hasPrefix("U1 lifted: "))
        #expect(try run(["staff", "unavailability"]).standardOutput == "Nobody is marked unavailable.\n")
        let unknown = try run([
            "staff", "unavailable", "nobody", "--from", "2027-01-18", "--to", "2027-01-20", "--reason", "x",
        ])
        #expect(unknown.status == 1 && unknown.standardError == "there is no person nobody in the stored roster\n")
    }

    @Test func aSubstituteMustBeOfTheSameMunicipality() throws {
        let all = try planned()
        let first = all[0]
        let other = all.first {
            ($0["supplier"] as! [String: Any])["code"] as? String != (first["supplier"] as! [String: Any])["code"]
                as? String
        }!
        let result = try run(["assignment", "substitute", first["id"] as! String, "--staff", other["staff"] as! String])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("\(other["staff"]!) does not work for "))
    }

    @Test func aWrongReturnIsCorrected() throws {
        let id = try planned()[0]["id"] as! String
        for move in ["confirm", "dispatched", "returned"] { #expect(try run(["assignment", move, id]).status == 0) }
        let corrected = try run(["assignment", "correct", id, "--to", "dispatched", "--reason", "誤入力"])
        #expect(
            corrected.status == 0
                && corrected.standardOutput.hasPrefix("\(id) corrected: returned → dispatched (派遣中)\n"))
        let forward = try run(["assignment", "correct", id, "--to", "returned", "--reason", "x"])
        #expect(forward.status == 1)
    }

    @Test func everyRefusalLeavesTheDatabaseFileByteIdentical() throws {
        let all = try planned()
        let first = all[0]["id"] as! String
        #expect(try run(["assignment", "confirm", first]).status == 0)
        let database = folder.path("counterpart.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let refusals: [[String]] = [
            ["assignment", "confirm", first],  // confirmed already
            ["assignment", "returned", first],  // not away
            ["assignment", "correct", first, "--to", "dispatched", "--reason", "x"],  // not earlier
            ["assignment", "substitute", first, "--staff", "nobody"],
            ["assignment", "confirm", "A1", "A99999"],  // a batch with one bad id: nothing at all
            ["incident", "close", "I1"],  // people confirmed
            ["incident", "extend", "I1", "--affected", "宇和島市"],  // affected already
            ["request", "change", "R1", "--headcount", "0"],
            ["staff", "lift", "U9"],
            ["staff", "unavailable", "nobody", "--from", "2027-01-18", "--to", "2027-01-19", "--reason", "x"],
        ]
        for arguments in refusals {
            let result = try run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before, "\(arguments) changed the file")
        }
    }
}

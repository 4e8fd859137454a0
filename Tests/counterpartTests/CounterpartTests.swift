import Testing

@Suite struct CounterpartTests {
    @Test func helpListsTheCommands() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix(
                """
                OVERVIEW: Counterpart: disaster staff dispatch between a prefecture's
                municipalities (カウンターパート方式).

                USAGE: counterpart <subcommand>

                """))
        #expect(
            result.standardOutput.contains(
                "\n  validate                Check roster, scenario and demand profile files"))
        #expect(result.standardOutput.contains("\n  coverage                Sweep every single hit"))
        #expect(result.standardOutput.contains("\n  drill                   Run drills"))
        #expect(result.standardOutput.contains("\n  generate                Make synthetic roster and scenario files"))
        #expect(result.standardError == "")
    }

    @Test func anUnknownCommandIsAUsageError() throws {
        let result = try CommandRunner.run(["plan-everything"])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("Error: Unexpected argument 'plan-everything'"))
        #expect(result.standardError.hasSuffix("Run 'counterpart help' for usage.\n"))
        #expect(result.standardOutput == "")
    }

    @Test func rosterAndDatabaseHelpListTheirCommands() throws {
        let roster = try CommandRunner.run(["roster", "--help"])
        #expect(roster.status == 0)
        for command in ["import", "diff", "show", "contacts", "export", "history"] {
            #expect(roster.standardOutput.contains("\n  \(command) "), "roster \(command)")
        }
        let database = try CommandRunner.run(["db", "--help"])
        #expect(
            database.status == 0 && database.standardOutput.contains("\n  backup ")
                && database.standardOutput.contains("\n  check "))
        let plan = try CommandRunner.run(["plan", "--help"])
        #expect(
            plan.status == 0 && plan.standardOutput.contains("--explain <explain>")
                && plan.standardOutput.contains("--db <db>"))
    }

    @Test func incidentCommandsListTheirSubcommandsAndOptions() throws {
        let expected = [
            "incident": ["open", "list", "show", "plan", "close"], "request": ["add", "change", "cancel", "list"],
            "assignment": ["confirm", "decline", "dispatched", "returned", "list"],
            "notice": ["post", "list", "show"],
        ]
        for (command, subcommands) in expected {
            let help = try CommandRunner.run([command, "--help"])
            #expect(help.status == 0)
            for subcommand in subcommands {
                #expect(help.standardOutput.contains("\n  \(subcommand) "), "\(command) \(subcommand)")
            }
        }
        let sitrep = try CommandRunner.run(["sitrep", "--help"])
        #expect(sitrep.standardOutput.contains("--format <format>") && sitrep.standardOutput.contains("markdown"))
        let ack = try CommandRunner.run(["ack", "--help"])
        #expect(
            ack.standardOutput.contains(
                "USAGE: counterpart ack [--db <db>] [--format <format>] <items> ... --member <member>"))
        // `followup` alone is the list (its default subcommand); `followup renotify` re-notifies.
        let followup = try CommandRunner.run(["followup", "--help"])
        #expect(
            followup.standardOutput.contains("\n  list (default) ") && followup.standardOutput.contains("\n  renotify ")
        )
        let followupList = try CommandRunner.run(["followup", "list", "--help"])
        #expect(followupList.standardOutput.contains("[--incident <incident>] [--real-only]"))
        let backup = try CommandRunner.run(["db", "backup", "--help"])
        #expect(backup.standardOutput.contains("<destination> [--force]"))
        let rosterImport = try CommandRunner.run(["roster", "import", "--help"])
        #expect(rosterImport.standardOutput.contains("[--dry-run] [--force]"))
    }
}

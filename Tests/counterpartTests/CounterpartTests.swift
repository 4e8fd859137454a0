import Testing

@Suite struct CounterpartTests {
    @Test func helpListsTheCommands() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("""
            OVERVIEW: Counterpart: disaster staff dispatch between a prefecture's
            municipalities (カウンターパート方式).

            USAGE: counterpart <subcommand>

            """))
        #expect(result.standardOutput.contains("\n  validate                Check roster and scenario files"))
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
}

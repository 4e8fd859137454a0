import Testing

@testable import CounterpartReports

@Suite struct CoverageSummaryTextTests {
    /// Items are joined by commas and continued on lines indented six spaces, none wider
    /// than 100 columns.
    @Test func longListsAreWrapped() {
        let item = String(repeating: "a", count: 20)
        let line = [item, item, item, item].joined(separator: ", ") + ","
        #expect(
            CoverageSummaryText.wrapped("    L: ", Array(repeating: item, count: 10)) == """
                    L: \(line)
                      \(line)
                      \(item), \(item)

                """)
    }

    /// Wide characters count two columns: the lead, 45 of them and a comma take 98, so
    /// ` x` still fits; with 46 it goes to the next line.
    @Test func wideCharactersCountTwoColumns() {
        let fits = String(repeating: "避", count: 45)
        let full = String(repeating: "避", count: 46)
        #expect(CoverageSummaryText.wrapped("    L: ", [fits, "x"]) == "    L: \(fits), x\n")
        #expect(CoverageSummaryText.wrapped("    L: ", [full, "x"]) == "    L: \(full),\n      x\n")
    }

    @Test func anItemWiderThanALineStillComesFirst() {
        let item = String(repeating: "a", count: 120)
        #expect(CoverageSummaryText.wrapped("    L: ", [item]) == "    L: \(item)\n")
        #expect(CoverageSummaryText.wrapped("    L: ", []) == "    L: \n")
    }
}

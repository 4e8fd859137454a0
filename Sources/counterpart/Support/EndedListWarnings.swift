import CounterpartCore

/// Warnings about staff lists that end before the days planned (the April trap), on
/// standard error so that the plan, report or JSON on standard output stays as it is.
enum EndedListWarnings {
    /// One `warning:` line per municipality, named from `roster`.
    static func print(_ lists: [EndedList], roster: Roster) {
        for list in lists {
            let name = roster.municipality(list.municipality)?.name ?? list.municipality.description
            FileHandleOutput.standardError.write("warning: \(list.sentence(name: name))\n")
        }
    }

    /// The warnings for planning `scenario` on `roster`: its requests' days, its hit
    /// municipalities left out.
    static func print(planning scenario: Scenario, on roster: Roster) {
        let first = scenario.requests.map(\.days.from).min() ?? scenario.start
        let last = scenario.requests.map(\.days.to).max() ?? scenario.start
        print(
            EndedList.find(in: roster, for: DayRange(spanning: first, last), excluding: Set(scenario.affected)),
            roster: roster)
    }
}

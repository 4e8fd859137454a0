import CounterpartCore
import CounterpartXML

/// Reading the files a command works on, printing every problem and stopping with
/// exit status 1 when there is any.
enum InputLoading {
    /// The roster and scenario, valid each and together.
    /// - Throws: the bad-input exit code after printing the problems.
    static func rosterAndScenario(roster rosterPath: String, scenario scenarioPath: String) throws -> (Roster, ScenarioReading) {
        let rosterReading = RosterReader.read(path: rosterPath)
        let scenarioReading = ScenarioReader.read(path: scenarioPath)
        try stopIfAny(rosterReading.diagnostics + scenarioReading.diagnostics)
        let roster = rosterReading.roster!
        if roster.scope != .full {
            try stopIfAny([Diagnostic(file: rosterPath, line: 1,
                message: "this roster carries only one municipality (scope=\"municipality\"); planning needs a full roster")])
        }
        try stopIfAny(scenarioReading.diagnostics(against: roster))
        return (roster, scenarioReading)
    }

    /// The scenario at `path`, valid on its own and against `roster`.
    /// - Throws: the bad-input exit code after printing the problems.
    static func scenario(_ path: String, against roster: Roster) throws -> ScenarioReading {
        let reading = ScenarioReader.read(path: path)
        try stopIfAny(reading.diagnostics)
        try stopIfAny(reading.diagnostics(against: roster))
        return reading
    }

    /// Prints `diagnostics` to standard error and throws the bad-input exit code, if there are any.
    static func stopIfAny(_ diagnostics: [Diagnostic]) throws {
        guard !diagnostics.isEmpty else { return }
        for diagnostic in diagnostics { FileHandleOutput.standardError.write("\(diagnostic)\n") }
        throw ExitStatus.badInput.exitCode
    }
}

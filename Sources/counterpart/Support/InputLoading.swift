import CounterpartCore
import CounterpartPlanner
import CounterpartStore
import CounterpartXML

/// Reading the files a command works on, printing every problem and stopping with
/// exit status 1 when there is any.
enum InputLoading {
    /// The roster (from `rosterPath`, else the one stored in `database`) and the scenario,
    /// valid each and together.
    /// - Throws: the bad-input exit code after printing the problems.
    static func rosterAndScenario(
        roster rosterPath: String?, scenario scenarioPath: String,
        database: DatabaseOptions
    ) throws -> (Roster, ScenarioReading) {
        guard let rosterPath else {
            let stored = try StoredRoster.forPlanning(database)
            return (stored, try scenario(scenarioPath, against: stored))
        }
        let rosterReading = RosterReader.read(path: rosterPath)
        let scenarioReading = ScenarioReader.read(path: scenarioPath)
        warn(rosterReading.warnings + scenarioReading.warnings)
        try stopIfAny(rosterReading.diagnostics + scenarioReading.diagnostics)
        let roster = try fullRoster(rosterReading)
        try stopIfAny(scenarioReading.diagnostics(against: roster))
        return (roster, scenarioReading)
    }

    /// The demand profile and the roster (from `rosterPath`, else the one stored in
    /// `database`), valid each.
    /// - Throws: the bad-input exit code after printing the problems.
    static func demandAndRoster(
        demand demandPath: String, roster rosterPath: String?,
        database: DatabaseOptions
    ) throws -> (DemandProfile, Roster) {
        let demandReading = DemandReader.read(path: demandPath)
        warn(demandReading.warnings)
        guard let rosterPath else {
            try stopIfAny(demandReading.diagnostics)
            return (demandReading.profile!, try StoredRoster.forPlanning(database))
        }
        let rosterReading = RosterReader.read(path: rosterPath)
        warn(rosterReading.warnings)
        try stopIfAny(rosterReading.diagnostics + demandReading.diagnostics)
        return (demandReading.profile!, try fullRoster(rosterReading))
    }

    /// The scenario at `path`, valid on its own and against `roster`.
    /// - Throws: the bad-input exit code after printing the problems.
    static func scenario(_ path: String, against roster: Roster) throws -> ScenarioReading {
        let reading = ScenarioReader.read(path: path)
        warn(reading.warnings)
        try stopIfAny(reading.diagnostics)
        try stopIfAny(reading.diagnostics(against: roster))
        return reading
    }

    /// The plan of a valid scenario; pins that break the rule are reported at their lines.
    /// - Throws: the bad-input exit code after printing the problems.
    static func plan(roster: Roster, reading: ScenarioReading) throws -> Plan {
        do {
            return try Planner.plan(roster: roster, scenario: reading.scenario!)
        } catch {
            guard case .badPins(let problems) = error else { throw error }
            try stopIfAny(reading.diagnostics(for: problems.map { (.pin($0.pin), $0.message) }))
            throw error
        }
    }

    /// Prints `warnings` (what is not a problem but a person should know) to standard error.
    static func warn(_ warnings: [Diagnostic]) {
        for warning in warnings {
            FileHandleOutput.standardError.write(warning.description(in: CommandLanguage.current) + "\n")
        }
    }

    /// Prints `diagnostics` to standard error (at most ``Diagnostic/reportLimit`` of a file) and
    /// throws the bad-input exit code, if there are any.
    static func stopIfAny(_ diagnostics: [Diagnostic]) throws {
        guard !diagnostics.isEmpty else { return }
        for line in diagnostics.reportLines(in: CommandLanguage.current) {
            FileHandleOutput.standardError.write(line + "\n")
        }
        throw ExitStatus.badInput.exitCode
    }

    /// The roster of a valid reading, refused when it carries one municipality only.
    private static func fullRoster(_ reading: RosterReading) throws -> Roster {
        let roster = reading.roster!
        if roster.scope != .full {
            try stopIfAny([
                Diagnostic(
                    file: reading.file, line: 1,
                    message:
                        "this roster carries only one municipality (scope=\"municipality\"); planning needs a full roster",
                    japanese: "この名簿は1市町分（scope=\"municipality\"）です。計画には名簿全体（scope=\"full\"）が必要です。"
                )
            ])
        }
        return roster
    }
}

extension StoredRoster {
    /// The roster stored in `database`, for a command that could also take `--roster FILE`.
    /// - Throws: the bad-input exit code after saying why there is none.
    static func forPlanning(_ database: DatabaseOptions) throws -> Roster {
        let stored: Roster?
        do { stored = try database.open().currentRoster() } catch let error as StoreError { throw error.reported() }
        guard let stored else {
            FileHandleOutput.standardError.write(
                "\(database.shownName): no roster stored yet; give --roster FILE or import one with 'counterpart roster import'\n"
            )
            throw ExitStatus.badInput.exitCode
        }
        return stored
    }
}

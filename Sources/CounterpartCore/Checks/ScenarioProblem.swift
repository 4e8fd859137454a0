/// Where in a scenario a problem lies, by element position.
public enum ScenarioLocation: Hashable, Sendable {
    /// The `scenario` element itself.
    case root
    /// The n-th `affected`.
    case affected(Int)
    /// The n-th `request`.
    case request(Int)
    /// The n-th `pin`.
    case pin(Int)
}

/// One thing wrong with a scenario that its schema cannot see.
public typealias ScenarioProblem = CheckProblem<ScenarioLocation, ScenarioRule>

/// The rules of a scenario beyond its schema, one case each.
public enum ScenarioRule: Hashable, Sendable, CaseIterable {
    case affectedListedOnce, uniqueRequestID, requestFromAffected, pinGivenOnce, pinNamesRequest
    case pinInActivePeriod, affectedInRoster, pinnedStaffInRoster
}

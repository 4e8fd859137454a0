import CounterpartCore

/// What every period of a plan looks up: the roster and scenario indexed once.
struct PlanningContext {
    let staff: [StaffID: StaffPerson]
    let requests: [RequestID: DispatchRequest]
    let affected: Set<LocalGovernmentCode>
    /// Dispatch capacity of the municipalities that set one.
    let capacity: [LocalGovernmentCode: Int]
    let costs: SupplierCosts

    init(roster: Roster, scenario: Scenario) {
        staff = Dictionary(roster.staff.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        requests = Dictionary(scenario.requests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        affected = Set(scenario.affected)
        capacity = Dictionary(
            roster.municipalities.compactMap { municipality in
                municipality.dispatchCapacity.map { (municipality.code, $0) }
            }, uniquingKeysWith: { first, _ in first })
        costs = SupplierCosts(
            roster: roster, requesters: Set(scenario.requests.map(\.municipality)), policy: scenario.policy)
    }
}

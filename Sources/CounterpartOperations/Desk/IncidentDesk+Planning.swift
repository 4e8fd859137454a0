import CounterpartCore
import CounterpartPlanner
import CounterpartStorage

extension IncidentDesk {
    /// What planning did: the new plan version and how it differs from the one before.
    public struct PlanOutcome: Sendable {
        /// The version's number within the incident (1, 2, …).
        public var version: Int
        /// The version's id, to acknowledge (`P7`).
        public var id: PlanVersionID
        /// The incident planned.
        public var incident: Incident
        /// The plan, as the planner made it.
        public var plan: Plan
        /// The scenario planned.
        public var scenario: Scenario
        /// The roster planned on.
        public var roster: Roster
        /// People newly proposed, as stored.
        public var newlyProposed: [IncidentAssignment]
        /// Proposals of earlier versions the plan no longer needs (now withdrawn).
        public var noLongerNeeded: [IncidentAssignment]
        /// Every assignment of the incident after the plan.
        public var assignments: [IncidentAssignment]
        /// Held people kept as they are although they no longer pass the rules (the roster
        /// changed under them), each with the reason.
        public var kept: [(assignment: IncidentAssignment, reason: String, japaneseReason: String)] = []
        /// People held by other open incidents on days of this one (never proposed then).
        public var heldElsewhere: [PlanInput.HeldElsewhere] = []
    }

    /// What a plan is made from, read on one snapshot.
    struct PlanBasis: Equatable, Sendable {
        var incident: Incident
        var rosterRevision: Int
        var requests: [IncidentRequest]
        var assignments: [IncidentAssignment]
        var heldElsewhere: [PlanInput.HeldElsewhere]
        var unavailable: [Unavailability]

        static func read(_ rows: any StorageReading, _ id: Incident.ID) throws -> (PlanBasis, Roster) {
            let incident = try IncidentDesk.requireOpen(rows, id)
            guard let stored = try rows.currentRoster() else { throw OperationsError.noRoster }
            let basis = PlanBasis(
                incident: incident, rosterRevision: stored.revision, requests: try IncidentDesk.requests(rows, id),
                assignments: try IncidentDesk.assignments(rows, id),
                heldElsewhere: try rows.heldAssignments(otherThan: id.number).map { row throws(OperationsError) in
                    PlanInput.HeldElsewhere(
                        incident: Incident.ID(row.incident), assignment: try StoredRows.assignment(row))
                },
                unavailable: try IncidentDesk.unavailabilities(rows).filter(\.isInForce))
            return (basis, stored.roster)
        }
    }

    /// How often planning starts again when the incident changed while it was planned.
    static let planningAttempts = 5

    /// Plans incident `id` on the stored roster: its open requests, people held (kept as
    /// pins, never moved) and declines (never proposed again for that request). Plans on a
    /// snapshot, outside any write; stores the plan as the next version only if nothing it
    /// was made from changed meanwhile, else plans again.
    /// - Throws: ``OperationsError/heldPeopleBreakRules(_:)`` when held people can no longer be
    ///   kept; ``OperationsError/conflict(_:)`` when the incident kept changing.
    public func plan(_ id: Incident.ID, by actor: Agent) async throws(OperationsError) -> PlanOutcome {
        let stamp = stamp(by: actor)
        for _ in 0..<Self.planningAttempts {
            let (basis, roster) = try await reading { rows in try PlanBasis.read(rows, id) }
            let input = try PlanInput.make(
                basis.incident, requests: basis.requests, assignments: basis.assignments, roster: roster,
                heldElsewhere: basis.heldElsewhere, unavailable: basis.unavailable)
            let (scenario, held) = (input.scenario, input.pinned)
            let plan = try Self.plan(scenario, held: held, roster: input.roster)
            let reconciliation = PlanReconciliation.reconcile(plan, with: basis.assignments)
            do {
                let stored: PlanOutcome? = try await writing { rows in
                    guard try PlanBasis.read(rows, id).0 == basis else { return nil }
                    var outcome = try Self.store(
                        plan, reconciliation, held: held, basis: basis, scenario: scenario, roster: roster, rows: rows,
                        stamp: stamp)
                    outcome.kept = input.kept
                    outcome.heldElsewhere = input.heldElsewhere
                    return outcome
                }
                if let stored { return stored }
            } catch .conflict {
                // Another server stored a version with the same number first: plan again from what it stored.
                continue
            }
        }
        throw .conflict("incident \(id) kept changing while it was planned; plan again")
    }

    private static func store(
        _ plan: Plan, _ reconciliation: PlanReconciliation, held: [IncidentAssignment], basis: PlanBasis,
        scenario: Scenario, roster: Roster, rows: any StorageWriting, stamp: Stamp
    ) throws -> PlanOutcome {
        let incident = basis.incident
        let version = (try rows.latestPlanVersion(incident: incident.id.number)?.number ?? 0) + 1
        let missing = plan.periods.flatMap(\.shortfalls).reduce(0) { $0 + $1.missing }
        let shortfalls = plan.periods.flatMap { period in
            period.shortfalls.map { shortfall in
                ShortfallRow(
                    period: period.index, request: IncidentScenario.request(shortfall.request)?.number ?? 0,
                    category: shortfall.category.rawValue, missing: shortfall.missing, reason: shortfall.reason.sentence
                )
            }
        }
        let planID = PlanVersionID(
            try rows.insertPlanVersion(
                PlanVersionRow(
                    id: 0, incident: incident.id.number, number: version, rosterRevision: basis.rosterRevision,
                    planJSON: PlanJSON.render(plan), missing: missing, madeAt: stamp.time.description,
                    madeBy: stamp.actor),
                shortfalls: shortfalls))
        let names = Dictionary(roster.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let newlyProposed = try storeProposals(
            rows, reconciliation, held: held, plan: plan, incident: incident.id, version: version, names: names)
        for assignment in reconciliation.noLongerNeeded {
            try rows.moveAssignment(
                assignment.id.number, from: AssignmentState.proposed.rawValue, to: AssignmentState.withdrawn.rawValue,
                reason: "no longer needed in plan version \(version)")
        }
        let subject =
            "plan version \(version) of \(incident.id) (\(planID)): \(newlyProposed.count) newly proposed, \(reconciliation.noLongerNeeded.count) no longer needed, \(missing) short"
        try requireAcknowledgement(
            rows, item: planID.recordID, incident: incident.id, subject: subject,
            members: Audience.concerned(with: incident.affected, in: roster), since: stamp.time)
        try record(rows, incident: incident.id, subject: planID.description, subject, kind: .planStored, stamp: stamp)
        let after = try assignments(rows, incident.id)
        let byID = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return PlanOutcome(
            version: version, id: planID, incident: incident, plan: plan, scenario: scenario, roster: roster,
            newlyProposed: newlyProposed, noLongerNeeded: reconciliation.noLongerNeeded.compactMap { byID[$0.id] },
            assignments: after)
    }

    /// The plan of `scenario`, or the reasons held people can no longer be kept.
    static func plan(_ scenario: Scenario, held: [IncidentAssignment], roster: Roster) throws(OperationsError) -> Plan {
        let problems = ScenarioCheck.problems(in: scenario, against: roster)
        let incidentProblems = problems.filter { if case .pin = $0.location { false } else { true } }
            .map { Problem(field: nil, rule: "stored-roster", message: "the stored roster: \($0.message)") }
        guard incidentProblems.isEmpty else { throw .invalid(incidentProblems) }
        let heldProblems = problems.compactMap { problem -> String? in
            guard case .pin(let index) = problem.location, held.indices.contains(index) else { return nil }
            return "\(held[index].id): \(problem.message)"
        }
        guard heldProblems.isEmpty else { throw .heldPeopleBreakRules(heldProblems) }
        do {
            return try Planner.plan(roster: roster, scenario: scenario)
        } catch {
            guard case .badPins(let problems) = error else {
                throw .invalid([Problem(field: nil, rule: "planning", message: "\(error)")])
            }
            throw .heldPeopleBreakRules(
                problems.map { problem in
                    guard held.indices.contains(problem.pin) else { return problem.message }
                    return "\(held[problem.pin].id) (\(held[problem.pin].staff)): \(problem.message)"
                })
        }
    }

    /// Refreshes the figures of proposals and held people the plan names again, and stores
    /// the new proposals; returns those.
    private static func storeProposals(
        _ rows: any StorageWriting, _ reconciliation: PlanReconciliation, held: [IncidentAssignment],
        plan: Plan, incident: Incident.ID, version: Int, names: [StaffID: String]
    ) throws -> [IncidentAssignment] {
        struct Key: Hashable {
            var period: Int
            var staff: StaffID
            var request: RequestID
        }
        let heldIDs = Dictionary(
            held.map {
                (Key(period: $0.period, staff: $0.staff, request: IncidentScenario.requestID($0.request)), $0.id)
            },
            uniquingKeysWith: { first, _ in first })
        var refreshed = reconciliation.stillProposed.map { ($0.existing.id, $0.assignment) }
        for period in plan.periods {
            for assignment in period.assignments where assignment.isPinned {
                if let id = heldIDs[Key(period: period.index, staff: assignment.staff, request: assignment.request)] {
                    refreshed.append((id, assignment))
                }
            }
        }
        for (id, assignment) in refreshed {
            try rows.updateAssignmentFigures(
                id.number, tier: assignment.tier.rawValue, distanceKm: assignment.distanceKm,
                dayFrom: assignment.window.from.description, dayTo: assignment.window.to.description)
        }
        return try reconciliation.newlyProposed.map { proposal in
            let assignment = proposal.assignment
            var proposed = IncidentAssignment(
                id: IncidentAssignment.ID(0), request: proposal.request, staff: assignment.staff,
                period: proposal.period,
                supplier: assignment.supplier, tier: assignment.tier, distanceKm: assignment.distanceKm,
                window: assignment.window,
                state: .proposed, proposedIn: version)
            proposed.staffName = names[assignment.staff]
            proposed.id = IncidentAssignment.ID(try rows.insertAssignment(StoredRows.row(proposed, incident: incident)))
            return proposed
        }
    }
}

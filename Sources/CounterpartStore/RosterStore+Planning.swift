import CounterpartCore
import CounterpartOperations
import CounterpartPlanner
import GRDB

extension RosterStore {
    /// What `incident plan` did: the new plan version and how it differs from the one before.
    public struct PlanOutcome: Sendable {
        /// The version's number within the incident (1, 2, …).
        public var version: Int
        /// The version's id, to acknowledge (`P7`).
        public var id: RecordID
        /// The plan, as the planner made it.
        public var plan: Plan
        /// The scenario planned.
        public var scenario: Scenario
        /// The roster planned on.
        public var roster: Roster
        /// People newly proposed, as stored (with their assignment numbers).
        public var newlyProposed: [IncidentAssignment]
        /// Proposals of earlier versions the plan no longer needs (now withdrawn).
        public var noLongerNeeded: [IncidentAssignment]
        /// Every assignment of the incident after the plan.
        public var assignments: [IncidentAssignment]
    }

    /// Plans incident `number` on the stored roster: its open requests, people held (kept as
    /// pins, never moved) and declines (never proposed again for that request). Stores the
    /// plan as the next version and updates the proposals.
    /// - Throws: ``StoreError/refused(_:)`` when held people can no longer be kept.
    public func planIncident(_ number: Int, stamp: Stamp) throws(StoreError) -> PlanOutcome {
        try operating { db in
            let incident = try Self.requireOpen(db, number)
            let roster = try Self.requireRoster(db)
            let requests = try OperationsRows.requests(db, incident: number)
            let existing = try OperationsRows.assignments(db, incident: number)
            let (scenario, held) = IncidentScenario.make(incident, requests: requests, assignments: existing)
            let plan = try Self.plan(scenario, held: held, roster: roster)
            let reconciliation = PlanReconciliation.reconcile(plan, with: existing)
            let version = (try Int.fetchOne(db, sql: "SELECT max(number) FROM plan_version WHERE incident_id = ?", arguments: [number]) ?? 0) + 1
            let planID = try Self.storeVersion(db, version, of: incident, plan: plan, stamp: stamp)
            let newlyProposed = try Self.storeProposals(db, reconciliation, held: held, plan: plan, incident: number, version: version)
            for assignment in reconciliation.noLongerNeeded {
                try OperationsRows.setState(db, assignment: assignment.number, .withdrawn, reason: "no longer needed in plan version \(version)")
            }
            let missing = plan.periods.flatMap(\.shortfalls).reduce(0) { $0 + $1.missing }
            let subject = "plan version \(version) of \(incident.id) (\(planID)): \(newlyProposed.count) newly proposed, \(reconciliation.noLongerNeeded.count) no longer needed, \(missing) short"
            try OperationsRows.requireAcknowledgement(db, item: planID, incident: number, subject: subject,
                                                      members: Audience.concerned(with: incident.affected, in: roster), since: stamp.time)
            try OperationsRows.record(db, incident: number, subject: planID.description, subject, stamp: stamp)
            return PlanOutcome(version: version, id: planID, plan: plan, scenario: scenario, roster: roster,
                               newlyProposed: newlyProposed,
                               noLongerNeeded: try reconciliation.noLongerNeeded.map { try OperationsRows.assignment(db, $0.number) },
                               assignments: try OperationsRows.assignments(db, incident: number))
        }
    }

    /// The latest plan version of incident `number` and its shortfalls, if it was ever planned.
    public func latestShortfalls(incident number: Int) throws(StoreError) -> (version: Int, shortfalls: [RecordedShortfall])? {
        try reading { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, number FROM plan_version WHERE incident_id = ? ORDER BY number DESC LIMIT 1",
                                             arguments: [number]) else { return nil }
            let shortfalls = try Row.fetchAll(db, sql: "SELECT * FROM plan_shortfall WHERE plan_version_id = ? ORDER BY period, request_id",
                                              arguments: [row["id"] as Int]).map { shortfall in
                RecordedShortfall(period: shortfall["period"], request: shortfall["request_id"],
                                  category: JobCategory(rawValue: shortfall["category"]) ?? .general,
                                  missing: shortfall["missing"], reason: shortfall["reason"])
            }
            return (row["number"], shortfalls)
        }
    }

    /// The stored JSON (counterpart-plan/1) of plan version `version` of incident `number`.
    public func planJSON(incident number: Int, version: Int) throws(StoreError) -> String {
        try reading { db in
            guard let json = try String.fetchOne(db, sql: "SELECT plan_json FROM plan_version WHERE incident_id = ? AND number = ?",
                                                 arguments: [number, version]) else {
                throw StoreError.refused(.badRequest(["incident I\(number) has no plan version \(version)"]))
            }
            return json
        }
    }

    private static func plan(_ scenario: Scenario, held: [IncidentAssignment], roster: Roster) throws -> Plan {
        let problems = ScenarioCheck.problems(in: scenario, against: roster)
        let incidentProblems = problems.filter { if case .pin = $0.location { false } else { true } }.map { "the stored roster: \($0.message)" }
        guard incidentProblems.isEmpty else { throw StoreError.refused(.badRequest(incidentProblems)) }
        let heldProblems = problems.compactMap { problem -> String? in
            guard case .pin(let index) = problem.location else { return nil }
            return "\(held[index].id): \(problem.message)"
        }
        guard heldProblems.isEmpty else { throw StoreError.refused(.heldPeopleBreakRules(heldProblems)) }
        do {
            return try Planner.plan(roster: roster, scenario: scenario)
        } catch {
            guard case .badPins(let problems) = error else { throw error }
            throw StoreError.refused(.heldPeopleBreakRules(problems.map { "\(held[$0.pin].id) (\(held[$0.pin].staff)): \($0.message)" }))
        }
    }

    private static func storeVersion(_ db: Database, _ version: Int, of incident: Incident, plan: Plan, stamp: Stamp) throws -> RecordID {
        let revision = try Int.fetchOne(db, sql: "SELECT max(id) FROM revision") ?? 0
        let missing = plan.periods.flatMap(\.shortfalls).reduce(0) { $0 + $1.missing }
        try db.execute(sql: """
            INSERT INTO plan_version (incident_id, number, roster_revision, plan_json, missing, made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [incident.number, version, revision, PlanJSON.render(plan), missing, stamp.time, stamp.actor])
        let id = Int(db.lastInsertedRowID)
        for period in plan.periods {
            for shortfall in period.shortfalls {
                try db.execute(sql: """
                    INSERT INTO plan_shortfall (plan_version_id, period, request_id, category, missing, reason) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, period.index, IncidentScenario.requestNumber(shortfall.request) ?? 0,
                                     shortfall.category.rawValue, shortfall.missing, shortfall.reason.sentence])
            }
        }
        return RecordID(.plan, id)
    }

    /// Refreshes the figures of proposals and held people the plan names again, and stores
    /// the new proposals; returns those.
    private static func storeProposals(_ db: Database, _ reconciliation: PlanReconciliation, held: [IncidentAssignment],
                                       plan: Plan, incident: Int, version: Int) throws -> [IncidentAssignment] {
        struct Key: Hashable { var period: Int; var staff: StaffID; var request: RequestID }
        let heldNumbers = Dictionary(held.map { (Key(period: $0.period, staff: $0.staff, request: IncidentScenario.requestID($0.request)), $0.number) },
                                     uniquingKeysWith: { first, _ in first })
        var refreshed = reconciliation.stillProposed.map { ($0.existing.number, $0.assignment) }
        for period in plan.periods {
            for assignment in period.assignments where assignment.isPinned {
                if let number = heldNumbers[Key(period: period.index, staff: assignment.staff, request: assignment.request)] {
                    refreshed.append((number, assignment))
                }
            }
        }
        for (number, assignment) in refreshed {
            try db.execute(sql: "UPDATE assignment SET tier = ?, distance_km = ?, day_from = ?, day_to = ? WHERE id = ?",
                           arguments: [assignment.tier.rawValue, assignment.distanceKm, assignment.window.from.description,
                                       assignment.window.to.description, number])
        }
        return try reconciliation.newlyProposed.map { proposal in
            let assignment = proposal.assignment
            try db.execute(sql: """
                INSERT INTO assignment (incident_id, request_id, staff_id, period, supplier, tier, distance_km, day_from, day_to, state, proposed_in)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?)
                """, arguments: [incident, proposal.request, assignment.staff.rawValue, proposal.period, assignment.supplier.description,
                                 assignment.tier.rawValue, assignment.distanceKm, assignment.window.from.description,
                                 assignment.window.to.description, version])
            return IncidentAssignment(number: Int(db.lastInsertedRowID), request: proposal.request, staff: assignment.staff,
                                      period: proposal.period, supplier: assignment.supplier, tier: assignment.tier,
                                      distanceKm: assignment.distanceKm, window: assignment.window, state: .proposed, proposedIn: version)
        }
    }
}

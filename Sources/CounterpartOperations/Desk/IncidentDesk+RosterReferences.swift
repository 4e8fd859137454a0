import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Something an open incident still refers to that a roster import removed.
    public enum RosterReference: Hashable, Sendable {
        /// A person named in an open incident (proposed, confirmed or away): they stay held,
        /// under the name they had.
        case person(
            StaffID, name: String?, assignment: IncidentAssignment.ID, incident: Incident.ID, state: AssignmentState)
        /// A municipality hit in an open incident.
        case municipality(LocalGovernmentCode, incident: Incident.ID)
    }

    /// What the open incidents still refer to among `staff` and `municipalities` (removed by an
    /// import): the people named there, not yet back or released, and the towns hit.
    public func openReferences(toStaff staff: Set<StaffID>, municipalities: Set<LocalGovernmentCode>)
        async throws(OperationsError) -> [RosterReference]
    {
        guard !staff.isEmpty || !municipalities.isEmpty else { return [] }
        return try await reading { rows in
            var references: [RosterReference] = []
            for row in try rows.incidents() where row.closedAt == nil {
                let incident = try StoredRows.incident(row)
                for code in incident.affected where municipalities.contains(code) {
                    references.append(.municipality(code, incident: incident.id))
                }
                for assignment in try Self.assignments(rows, incident.id)
                where staff.contains(assignment.staff) && !assignment.state.isFinal {
                    references.append(
                        .person(
                            assignment.staff, name: assignment.staffName, assignment: assignment.id,
                            incident: incident.id,
                            state: assignment.state))
                }
            }
            return references
        }
    }
}

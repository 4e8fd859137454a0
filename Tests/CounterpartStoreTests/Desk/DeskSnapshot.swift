import CounterpartOperations

/// Everything the desk can show of a store, to assert that a refusal changed nothing.
struct DeskSnapshot: Equatable {
    var incidents: [Incident] = []
    var requests: [IncidentRequest] = []
    var assignments: [IncidentAssignment] = []
    var pending: [PendingAcknowledgement] = []
    var events: [OperationsEvent] = []

    static func of(_ desk: IncidentDesk) async throws -> DeskSnapshot {
        var snapshot = DeskSnapshot()
        snapshot.incidents = try await desk.incidents()
        for incident in snapshot.incidents {
            snapshot.requests += try await desk.requests(incident: incident.id)
            snapshot.assignments += try await desk.assignments(incident: incident.id)
            snapshot.pending += try await desk.pendingAcknowledgements(incident: incident.id)
            snapshot.events += try await desk.events(incident: incident.id, limit: 100_000)
        }
        snapshot.pending += try await desk.pendingAcknowledgements(incident: nil, includesDrills: true)
        return snapshot
    }
}

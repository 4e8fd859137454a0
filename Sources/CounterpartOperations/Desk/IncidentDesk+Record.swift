import CounterpartStorage

/// Reading the permanent record in order, as the server's live stream does: every event of
/// every incident and of none (roster imports, accounts) in one sequence of increasing ids,
/// so that a client reconnecting with `Last-Event-ID` gets exactly what it missed.
extension IncidentDesk {
    /// At most `limit` events whose id is greater than `id`, oldest first (all of them when
    /// fewer). Complexity: O(`limit`) rows read, by the record's key.
    /// - Throws: ``OperationsError/corrupt(_:)`` for a stored event that cannot be read (a
    ///   kind that is no ``EventKind``, a time that is no time);
    ///   ``OperationsError/unavailable(_:)`` when the store cannot be read.
    public func events(after id: Int, limit: Int) async throws(OperationsError) -> [OperationsEvent] {
        try await reading { rows in
            try rows.events(after: id, limit: limit).map { row throws(OperationsError) in try StoredRows.event(row) }
        }
    }

    /// The id of the latest event of the record, 0 when there is none: where a new live
    /// stream starts.
    /// - Throws: ``OperationsError/unavailable(_:)`` when the store cannot be read.
    public func latestEventID() async throws(OperationsError) -> Int {
        try await reading { rows in try rows.latestEventID() }
    }
}

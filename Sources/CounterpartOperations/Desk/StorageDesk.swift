import CounterpartCore
import CounterpartStorage

/// What every desk of the operations layer shares: a store, a clock, and transactions whose
/// failures come back as ``OperationsError``s.
protocol StorageDesk: Sendable {
    var storage: any IncidentStorage { get }
    var clock: DeskClock { get }
    /// The remote address the desk's changes come from, if any.
    var origin: String? { get }
}

extension StorageDesk {
    /// The stamp of a change `actor` makes now, from the desk's origin (an empty one is none).
    func stamp(by actor: Agent) -> Stamp {
        Stamp(
            time: clock.now(), actor: actor.recordedName, isClockFixed: clock.isFixed,
            origin: origin.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Runs `body` on one snapshot, with every failure as an ``OperationsError``.
    func reading<Value: Sendable>(_ body: @escaping @Sendable (any StorageReading) throws -> Value)
        async throws(OperationsError) -> Value
    {
        do {
            return try await storage.read(body)
        } catch {
            throw IncidentDesk.operationsError(error)
        }
    }

    /// Runs `body` in one write transaction, with every failure as an ``OperationsError``.
    func writing<Value: Sendable>(_ body: @escaping @Sendable (any StorageWriting) throws -> Value)
        async throws(OperationsError) -> Value
    {
        do {
            return try await storage.write(body)
        } catch {
            throw IncidentDesk.operationsError(error)
        }
    }
}

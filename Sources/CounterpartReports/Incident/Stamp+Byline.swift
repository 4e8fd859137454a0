import CounterpartOperations

extension Stamp {
    /// Who acted, as the record shows them: the actor, then the remote address the change
    /// came from when there is one (`hq-1 (192.0.2.10)`).
    public var byline: String { origin.map { "\(actor) (\($0))" } ?? actor }
}

extension OperationsEvent {
    /// Who made the change and from where, as the record shows them (see ``Stamp/byline``).
    public var byline: String { origin.map { "\(stamp.actor) (\($0))" } ?? stamp.actor }
}

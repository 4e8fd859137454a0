/// Who supports a municipality when it is hit: one primary supporter city (一次支援市),
/// then secondary supporters (二次支援市町) in order.
public struct Pairing: Hashable, Sendable {
    /// The municipality that may be hit (被災市町).
    public var affected: LocalGovernmentCode
    /// The primary supporter (一次支援市), which sends staff at once.
    public var primary: LocalGovernmentCode
    /// The secondary supporters (二次支援市町), in order.
    public var secondaries: [LocalGovernmentCode]
    /// Whether the pairing is an official arrangement or a planning assumption; `nil` when not said.
    public var status: PairingStatus?

    /// A pairing.
    public init(
        affected: LocalGovernmentCode, primary: LocalGovernmentCode,
        secondaries: [LocalGovernmentCode] = [], status: PairingStatus? = nil
    ) {
        self.affected = affected
        self.primary = primary
        self.secondaries = secondaries
        self.status = status
    }

    /// The supporters in counterpart order: the primary, then the secondaries.
    public var supporters: [LocalGovernmentCode] { [primary] + secondaries }
}

/// Whether a pairing has been published by the prefecture or is a planning assumption.
/// An optional extension of roster v1 (`pairing/@status`).
public enum PairingStatus: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Published by the prefecture or a municipality.
    case official
    /// A planning assumption, not yet confirmed.
    case proposed

    /// The XML token.
    public var description: String { rawValue }
}

/// A counterpart group (カウンターパートグループ), such as Ehime's A, B and C.
public struct CounterpartGroup: Hashable, Sendable {
    /// The group's id, for example `A`.
    public var id: GroupID
    /// Its display name, for example Aグループ.
    public var name: String
    /// Its pairings, in the order written.
    public var pairings: [Pairing]

    /// A group.
    public init(id: GroupID, name: String, pairings: [Pairing] = []) {
        self.id = id
        self.name = name
        self.pairings = pairings
    }

    /// The group's members: every code that appears in its pairings, ascending.
    public var memberCodes: [LocalGovernmentCode] {
        var codes = Set<LocalGovernmentCode>()
        for pairing in pairings {
            codes.insert(pairing.affected)
            codes.formUnion(pairing.supporters)
        }
        return codes.sorted()
    }
}

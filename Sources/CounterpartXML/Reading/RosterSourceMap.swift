import CounterpartCore

/// The line of every element read from a roster file, by position, so that problems
/// found later (by ``RosterCheck`` or on import) can name their line.
public struct RosterSourceMap: Sendable, Equatable {
    var rootLine = 1
    var municipalityLines: [Int32] = []
    var groupLines: [Int32] = []
    var pairingLines: [[Int32]] = []
    var secondaryLines: [[[Int32]]] = []
    var memberLines: [Int32] = []
    var personLines: [Int32] = []

    /// The line of the element at `location` (the root's line when it is unknown).
    public func line(of location: RosterLocation) -> Int {
        let line: Int32?
        switch location {
        case .root: return rootLine
        case .municipality(let index): line = municipalityLines[safe: index]
        case .group(let index): line = groupLines[safe: index]
        case .pairing(let group, let pairing): line = pairingLines[safe: group]?[safe: pairing]
        case .secondary(let group, let pairing, let secondary):
            line = secondaryLines[safe: group]?[safe: pairing]?[safe: secondary]
        case .member(let index): line = memberLines[safe: index]
        case .person(let index): line = personLines[safe: index]
        }
        return line.map(Int.init) ?? rootLine
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

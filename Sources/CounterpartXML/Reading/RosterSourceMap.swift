import CounterpartCore

/// The position (ordinal among all elements, 0 for the root) of every element read from a
/// roster file, so that problems found later (by ``RosterCheck`` or on import) can be put
/// on their line.
public struct RosterSourceMap: Sendable, Equatable {
    var rootElement = 0
    var municipalityElements: [Int32] = []
    var groupElements: [Int32] = []
    var pairingElements: [[Int32]] = []
    var secondaryElements: [[[Int32]]] = []
    var memberElements: [Int32] = []
    var personElements: [Int32] = []

    /// The ordinal of the element at `location` (the root's when it is unknown).
    func element(at location: RosterLocation) -> Int {
        let element: Int32?
        switch location {
        case .root: return rootElement
        case .municipality(let index): element = municipalityElements[safe: index]
        case .group(let index): element = groupElements[safe: index]
        case .pairing(let group, let pairing): element = pairingElements[safe: group]?[safe: pairing]
        case .secondary(let group, let pairing, let secondary):
            element = secondaryElements[safe: group]?[safe: pairing]?[safe: secondary]
        case .member(let index): element = memberElements[safe: index]
        case .person(let index): element = personElements[safe: index]
        }
        return element.map(Int.init) ?? rootElement
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

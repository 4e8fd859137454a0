import CounterpartCore

/// The position (ordinal among all elements, 0 for the root) of every element read from a
/// demand profile file.
public struct DemandSourceMap: Sendable, Equatable {
    var rootElement = 0
    var needElements: [Int32] = []

    /// The ordinal of the element at `location` (the root's when it is unknown).
    func element(at location: DemandLocation) -> Int {
        switch location {
        case .root: return rootElement
        case .need(let index): return needElements[safe: index].map(Int.init) ?? rootElement
        }
    }
}

/// What reading a demand profile file gave: the profile when the file is valid, and every
/// problem found otherwise.
public struct DemandReading: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The profile, or `nil` when the file has any problem.
    public let profile: DemandProfile?
    /// Every problem, in line order.
    public let diagnostics: [Diagnostic]
    /// What is not a problem but a person should know (a file that says ISO-8859-1 but is
    /// written in UTF-8).
    public internal(set) var warnings: [Diagnostic] = []
    /// Where each element stands.
    public let sourceMap: DemandSourceMap
}

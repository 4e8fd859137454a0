/// What an incident's earlier answers say about a person in one period: requests they
/// declined, the request they were proposed for before, and whether they were proposed
/// for a later period that serving now would make them rest through. People with the
/// same history (usually none) stay interchangeable.
struct PersonHistory: Hashable {
    /// Requests (indices) they must not fill: declines.
    var excluded: [Int] = []
    /// The request (index) they were proposed for earlier, if any.
    var preferred: Int?
    /// Whether they were proposed for a later period that serving now would cost.
    var isProposedLater = false

    /// Whether they may fill request `request` at all.
    func mayFill(_ request: Int) -> Bool { !excluded.contains(request) }

    /// The tie-break added to a scaled cost: −1 to stay where proposed, +1 to keep a later proposal.
    func tieBreak(for request: Int) -> Int { (isProposedLater ? 1 : 0) - (preferred == request ? 1 : 0) }
}

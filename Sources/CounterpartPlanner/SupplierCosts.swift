import CounterpartCore

/// Tier, distance and cost of every supplier for every requester of a scenario, computed
/// once, in flat arrays indexed by municipality position. Complexity: O(requesters ×
/// municipalities) time and memory.
struct SupplierCosts {
    struct Entry {
        var tier: Tier
        var distanceKm: Int
        /// Tier cost plus distance: the cost of one assignment before the priority value.
        var cost: Int
    }

    /// The position of each municipality in the roster.
    let position: [LocalGovernmentCode: Int]
    private var rows: [[Entry]]
    private var rowOfRequester: [Int]

    init(roster: Roster, requesters: Set<LocalGovernmentCode>, policy: PlanningPolicy) {
        var position: [LocalGovernmentCode: Int] = [:]
        for (index, municipality) in roster.municipalities.enumerated() where position[municipality.code] == nil {
            position[municipality.code] = index
        }
        self.position = position
        rows = []
        rowOfRequester = [Int](repeating: -1, count: roster.municipalities.count)
        for requester in requesters.sorted() {
            guard let destinationIndex = position[requester] else { continue }
            let destination = roster.municipalities[destinationIndex]
            let pairing = roster.pairing(forAffected: requester)
            let groupMembers = Set(pairing?.group.memberCodes ?? [])
            rowOfRequester[destinationIndex] = rows.count
            rows.append(
                roster.municipalities.map { supplier in
                    let tier: Tier
                    if let pairing, supplier.code == pairing.pairing.primary {
                        tier = .primary
                    } else if let pairing, pairing.pairing.secondaries.contains(supplier.code) {
                        tier = .secondary
                    } else if groupMembers.contains(supplier.code) {
                        tier = .group
                    } else {
                        tier = .prefecture
                    }
                    let distance = Distance.kilometres(from: supplier, to: destination)
                    return Entry(tier: tier, distanceKm: distance, cost: policy.cost(of: tier) + distance)
                })
        }
    }

    /// The entry for one person of `supplier` sent to `requester`.
    func entry(supplier: LocalGovernmentCode, requester: LocalGovernmentCode) -> Entry {
        entry(supplier: position[supplier]!, requester: position[requester]!)
    }

    /// The entry by municipality positions (see ``position``).
    func entry(supplier: Int, requester: Int) -> Entry {
        rows[rowOfRequester[requester]][supplier]
    }
}

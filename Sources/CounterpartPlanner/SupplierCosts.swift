import CounterpartCore

/// Tier, distance and cost of every supplier for every requester of a scenario, computed
/// once. Complexity: O(requesters × municipalities).
struct SupplierCosts {
    struct Entry {
        var tier: Tier
        var distanceKm: Int
        /// Tier cost plus distance: the cost of one assignment before the priority value.
        var cost: Int
    }

    private var table: [LocalGovernmentCode: [LocalGovernmentCode: Entry]] = [:]

    init(roster: Roster, requesters: Set<LocalGovernmentCode>, policy: PlanningPolicy) {
        let municipalities = Dictionary(roster.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for requester in requesters.sorted() {
            guard let destination = municipalities[requester] else { continue }
            let pairing = roster.pairing(forAffected: requester)
            let groupMembers = Set(pairing?.group.memberCodes ?? [])
            var row: [LocalGovernmentCode: Entry] = [:]
            for supplier in roster.municipalities {
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
                row[supplier.code] = Entry(tier: tier, distanceKm: distance, cost: policy.cost(of: tier) + distance)
            }
            table[requester] = row
        }
    }

    /// The entry for one person of `supplier` sent to `requester`.
    func entry(supplier: LocalGovernmentCode, requester: LocalGovernmentCode) -> Entry {
        table[requester]![supplier]!
    }
}

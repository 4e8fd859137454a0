import CounterpartCore

/// One period's choice, as the network solver sees it: the open slots of the active
/// requests, the people free to fill them, and the capacity left to each municipality.
struct PeriodProblem {
    /// An active request with the slots its pins leave open.
    struct OpenRequest {
        var request: DispatchRequest
        var window: DayRange
        var openSlots: Int
    }

    var requests: [OpenRequest]
    /// Indices (into the roster's staff) of people who may be assigned: not affected, not
    /// pinned in the period, not resting, not reserved by a later pin. Ascending by staff id.
    var candidates: [Int]
    /// Capacity left per municipality after the pins; absent means no limit.
    var capacityLeft: [LocalGovernmentCode: Int]
    /// For people kept away from some of the requests (declines), the indices into
    /// `requests` they must not fill, ascending.
    var exclusions: [Int: [Int]] = [:]
    /// For people proposed earlier, the index into `requests` they were proposed for: kept
    /// there when that costs nothing.
    var preferences: [Int: Int] = [:]
    /// People proposed earlier for a later period that serving now would make them rest
    /// through: taken now only when that costs nothing extra.
    var laterProposals: Set<Int> = []
}
